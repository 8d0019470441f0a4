package io.shopdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.review.ReviewItemView;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.Map;

/** Creates a published FAQ entry from a review item: its question (editable) and a new answer. */
class CreateEntryDialog extends Dialog {

    /** Creates the entry; throws the service's rule violation when it refuses. */
    interface Creation {
        void create(String question, String answer);
    }

    CreateEntryDialog(ReviewItemView item, Creation creation) {
        setId("review-create-dialog");
        setHeaderTitle(getTranslation("review.create.title"));
        var question = new TextField(getTranslation("review.create.question"));
        question.setId("review-create-question");
        question.setValue(item.question());
        question.setWidthFull();
        var answer = new TextArea(getTranslation("review.create.answer"));
        answer.setId("review-create-answer");
        answer.setWidthFull();
        answer.setMinHeight("8rem");
        var save = new Button(getTranslation("review.create.save"), click -> {
            question.setInvalid(false);
            answer.setInvalid(false);
            try {
                creation.create(question.getValue(), answer.getValue());
                close();
            } catch (BusinessRuleException refused) {
                Messages.show(refused, Map.of("question", question, "answer", answer));
            }
        });
        save.setId("review-create-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("review.cancel"), click -> close());
        add(question, answer);
        getFooter().add(cancel, save);
        setWidth("40rem");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                answer.focus();
            }
        });
    }
}
