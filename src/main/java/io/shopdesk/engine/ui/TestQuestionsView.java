package io.shopdesk.engine.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.engine.TestQuestion;
import io.shopdesk.engine.TestQuestionSet;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.ui.components.FaqEntryCombo;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trainers keep the tenant's test-question set: resolved review items arrive by themselves; they add questions
 * with the entry that should answer them (or none: out of scope), hold similar questions out of training, and
 * remove questions.
 */
@Route("test-questions")
@Menu(order = 34, title = "nav.test-questions", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.TRAINER)
class TestQuestionsView extends Div implements TranslatedTitle {

    private final TestQuestionSet testSet;
    private final FaqManagement faq;
    private final Grid<TestQuestion> grid = new Grid<>();
    private Map<Long, FaqEntrySummary> entries = Map.of();

    TestQuestionsView(TestQuestionSet testSet, FaqManagement faq) {
        this.testSet = testSet;
        this.faq = faq;
        addClassName("sd-page");
        var holdOut = new Button(getTranslation("engine.test.hold-out"), click -> {
            int added = testSet.holdOutSimilarQuestions();
            Messages.success("engine.test.held-out", added);
            refresh();
        });
        holdOut.setId("test-hold-out");
        add(new ViewHeader(getTranslation("nav.test-questions"), getTranslation("engine.test.description"), holdOut));
        add(form());
        configureGrid();
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.test-questions";
    }

    private Component form() {
        var question = new TextField(getTranslation("engine.test.question"));
        question.setId("test-question");
        question.setWidth("24rem");
        var entry = FaqEntryCombo.create(faq, getTranslation("engine.test.entry"));
        entry.setId("test-entry");
        entry.setWidth("24rem");
        var outOfScope = new Checkbox(getTranslation("engine.test.out-of-scope"));
        outOfScope.setId("test-out-of-scope");
        outOfScope.addValueChangeListener(change -> entry.setEnabled(!change.getValue()));
        var add = new Button(getTranslation("engine.test.add"), VaadinIcon.PLUS.create(), click -> {
            question.setInvalid(false);
            entry.setInvalid(false);
            if (!outOfScope.getValue() && entry.getValue() == null) {
                entry.setErrorMessage(getTranslation("engine.test.error.entry-required"));
                entry.setInvalid(true);
                return;
            }
            try {
                testSet.add(
                        question.getValue(),
                        outOfScope.getValue() ? null : entry.getValue().id());
                question.clear();
                entry.clear();
                Messages.success("engine.test.added");
                refresh();
            } catch (BusinessRuleException refused) {
                Messages.show(refused, Map.of("question", question));
            }
        });
        add.setId("test-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(question, entry, outOfScope, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureGrid() {
        grid.setId("test-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TestQuestion::question)
                .setHeader(getTranslation("engine.test.question"))
                .setFlexGrow(3);
        grid.addColumn(this::expected)
                .setHeader(getTranslation("engine.test.entry"))
                .setFlexGrow(3);
        grid.addColumn(question -> getTranslation("engine.test.source." + question.source()))
                .setHeader(getTranslation("engine.test.source"))
                .setAutoWidth(true);
        grid.addComponentColumn(question -> {
                    var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                        try {
                            testSet.remove(question.id());
                            Messages.success("engine.test.removed");
                        } catch (BusinessRuleException refused) {
                            Messages.error(refused.messageKey(), refused.arguments());
                        }
                        refresh();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("engine.test.remove"));
                    remove.getElement().setAttribute("data-question", question.question());
                    remove.addClassName("sd-test-remove");
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("engine.test.empty"));
        grid.setAllRowsVisible(true);
    }

    private String expected(TestQuestion question) {
        if (question.outOfScope()) {
            return getTranslation("engine.test.no-entry");
        }
        var entry = entries.get(question.faqEntryId());
        return entry == null ? getTranslation("engine.test.entry-gone") : entry.question();
    }

    private void refresh() {
        var questions = testSet.questions();
        entries =
                faq
                        .entriesById(questions.stream()
                                .map(TestQuestion::faqEntryId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(FaqEntrySummary::id, Function.identity()));
        grid.setItems(questions);
        grid.getElement().setAttribute("data-count", Integer.toString(questions.size()));
    }
}
