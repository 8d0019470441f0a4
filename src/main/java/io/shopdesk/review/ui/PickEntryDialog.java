package io.shopdesk.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.ui.components.FaqEntryCombo;
import io.shopdesk.review.ReviewItemView;
import java.util.function.LongConsumer;

/** Picks the FAQ entry that answers a review item's question (searchable, the bot's best candidate first). */
class PickEntryDialog extends Dialog {

    PickEntryDialog(FaqManagement faq, ReviewItemView item, LongConsumer picked) {
        setId("review-pick-dialog");
        setHeaderTitle(getTranslation("review.pick.title"));
        var question = new Paragraph(item.question());
        question.addClassName("sd-review-question");
        var entry = FaqEntryCombo.create(faq, getTranslation("review.pick.entry"));
        entry.setId("review-pick-entry");
        entry.setPlaceholder(getTranslation("review.pick.search"));
        entry.setRequiredIndicatorVisible(true);
        var save = new Button(getTranslation("review.pick.save"), click -> {
            if (entry.getValue() == null) {
                entry.setErrorMessage(getTranslation("review.error.entry-required"));
                entry.setInvalid(true);
                return;
            }
            picked.accept(entry.getValue().id());
            close();
        });
        save.setId("review-pick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("review.cancel"), click -> close());
        add(question, entry);
        getFooter().add(cancel, save);
        setWidth("36rem");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                entry.focus();
            }
        });
    }
}
