package io.shopdesk.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.engine.AnswerCandidate;
import io.shopdesk.engine.BotAnswer;
import io.shopdesk.engine.ModelComparison;
import io.shopdesk.engine.TryItAnswers;
import io.shopdesk.knowledge.AnswerMarkup;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.review.ReviewQueue;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Try it": a trainer types a question and sees, side by side, what the live model (what customers get now) and the
 * newest candidate model answer: the best entry with its answer, the confidence and the top candidates. A wrong
 * answer goes to the review queue with one click.
 */
@Route("try-it")
@Menu(order = 33, title = "nav.try-it", icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(Roles.TRAINER)
class TryItView extends Div implements TranslatedTitle {

    private final ModelComparison comparison;
    private final FaqManagement faq;
    private final ReviewQueue queue;
    private final TextField question = new TextField();
    private final Div live = new Div();
    private final Div candidate = new Div();
    private final Button flag = new Button();
    private TryItAnswers last;

    TryItView(ModelComparison comparison, FaqManagement faq, ReviewQueue queue) {
        this.comparison = comparison;
        this.faq = faq;
        this.queue = queue;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.try-it"), getTranslation("try.description")));
        question.setId("try-question");
        question.setPlaceholder(getTranslation("try.placeholder"));
        question.setAriaLabel(getTranslation("try.question"));
        question.setMaxLength(ModelComparison.MAX_QUESTION);
        question.setWidth("32rem");
        var ask = new Button(getTranslation("try.ask"), click -> ask());
        ask.setId("try-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickShortcut(Key.ENTER).listenOn(question);
        flag.setText(getTranslation("try.flag"));
        flag.setId("try-flag");
        flag.setEnabled(false);
        flag.addClickListener(click -> flagLast());
        var form = new HorizontalLayout(question, ask, flag);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        live.setId("try-live");
        candidate.setId("try-candidate");
        live.addClassName("sd-try-panel");
        candidate.addClassName("sd-try-panel");
        var panels = new HorizontalLayout(live, candidate);
        panels.setWidthFull();
        live.setWidth("50%");
        candidate.setWidth("50%");
        add(form, panels);
    }

    @Override
    public String titleKey() {
        return "nav.try-it";
    }

    private void ask() {
        question.setInvalid(false);
        try {
            last = comparison.tryIt(question.getValue());
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("question", question));
            return;
        }
        var ids = new HashSet<Long>();
        last.live().candidates().forEach(c -> ids.add(c.faqEntryId()));
        last.candidate().ifPresent(answer -> answer.candidates().forEach(c -> ids.add(c.faqEntryId())));
        var entries = faq.entriesById(ids).stream().collect(Collectors.toMap(FaqEntrySummary::id, Function.identity()));
        show(live, "try.live", last.live(), entries);
        if (last.candidate().isPresent()) {
            show(candidate, "try.candidate", last.candidate().get(), entries);
        } else {
            candidate.removeAll();
            candidate.add(
                    new H3(getTranslation("try.candidate-none-title")),
                    new Paragraph(getTranslation("try.no-candidate")));
        }
        flag.setEnabled(true);
    }

    private void show(Div panel, String titleKey, BotAnswer answer, Map<Long, FaqEntrySummary> entries) {
        panel.removeAll();
        panel.getElement().setAttribute("data-version", Long.toString(answer.modelVersion()));
        panel.add(new H3(getTranslation(titleKey, answer.modelVersion())));
        if (answer.candidates().isEmpty()) {
            var none = new Paragraph(getTranslation(answer.modelVersion() == 0 ? "try.no-model" : "try.no-match"));
            none.addClassName("sd-try-none");
            panel.add(none);
            panel.getElement().removeAttribute("data-entry");
            return;
        }
        var best = answer.candidates().getFirst();
        panel.getElement().setAttribute("data-entry", Long.toString(best.faqEntryId()));
        var entry = entries.get(best.faqEntryId());
        var heading = new Paragraph(entry == null ? "#" + best.faqEntryId() : entry.question());
        heading.addClassName("sd-try-entry");
        var confidence = new Span(getTranslation("try.confidence", percent(best.confidence())));
        confidence.addClassName("sd-try-confidence");
        confidence.getElement().setAttribute("data-confidence", String.format(Locale.ROOT, "%.4f", best.confidence()));
        // The answer as plain text: whatever markup it has stays inert here.
        var text = new Paragraph(entry == null ? "" : AnswerMarkup.toPlainText(entry.answer()));
        text.addClassName("sd-try-answer");
        var list = new OrderedList();
        list.addClassName("sd-try-candidates");
        for (AnswerCandidate c : answer.candidates()) {
            var found = entries.get(c.faqEntryId());
            var item = new ListItem(
                    (found == null ? "#" + c.faqEntryId() : found.question()) + " · " + percent(c.confidence()));
            item.getElement().setAttribute("data-entry", Long.toString(c.faqEntryId()));
            list.add(item);
        }
        panel.add(heading, confidence, text, new Span(getTranslation("try.candidates")), list);
    }

    private void flagLast() {
        if (last == null) {
            return;
        }
        try {
            queue.flag(last.question(), last.live());
            Messages.success("try.flagged");
            flag.setEnabled(false);
        } catch (BusinessRuleException refused) {
            Messages.error(refused.messageKey(), refused.arguments());
        }
    }

    private String percent(double confidence) {
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.0f%%", confidence * 100);
    }
}
