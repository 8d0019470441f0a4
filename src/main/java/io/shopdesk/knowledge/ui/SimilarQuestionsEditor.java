package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The similar questions of an entry as an editable list: type a question and press Enter (or Add); each question
 * has a remove button. Pasting several lines adds one question per line.
 */
class SimilarQuestionsEditor extends Div {

    private final List<String> questions = new ArrayList<>();
    private final Div list = new Div();
    private final TextField input = new TextField();
    private final Span count = new Span();

    SimilarQuestionsEditor() {
        addClassName("sd-similar-editor");
        setId("faq-similar");
        input.setId("faq-similar-new");
        input.setPlaceholder(getTranslation("faq.similar-placeholder"));
        input.setWidthFull();
        input.setMaxLength(5000);
        input.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        input.addKeyPressListener(Key.ENTER, press -> addFromInput());
        var add = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), click -> addFromInput());
        add.setId("faq-similar-add");
        var row = new HorizontalLayout(input, add);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.addClassName("sd-similar-list");
        count.addClassName("sd-similar-count");
        add(count, row, list);
        render();
    }

    List<String> value() {
        return List.copyOf(questions);
    }

    void setValue(List<String> value) {
        questions.clear();
        questions.addAll(value);
        render();
    }

    private void addFromInput() {
        for (String line : input.getValue().split("\\r?\\n|\\|")) {
            String text = line.strip();
            boolean known =
                    questions.stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)));
            if (!text.isEmpty() && !known) {
                questions.add(text);
            }
        }
        input.clear();
        input.focus();
        render();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            String text = questions.get(i);
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                questions.remove(text);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("faq.similar-remove", text));
            var item = new Div(new Span(text), remove);
            item.addClassName("sd-similar-item");
            item.getElement().setAttribute("data-index", String.valueOf(i));
            list.add(item);
        }
        count.setText(getTranslation("faq.similar-count", questions.size()));
    }
}
