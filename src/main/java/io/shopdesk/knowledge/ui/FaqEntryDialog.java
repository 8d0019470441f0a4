package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.shopdesk.knowledge.AnswerMarkup;
import io.shopdesk.knowledge.ChannelTypes;
import io.shopdesk.knowledge.FaqBulkActions;
import io.shopdesk.knowledge.FaqEdit;
import io.shopdesk.knowledge.FaqEntryDetails;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Creates or edits one FAQ entry: standard question, similar questions, the answer (plain text or HTML with links
 * and images, previewed as it will be shown), per-channel answers, category, tags, status and validity dates. A
 * save over a newer version is refused with a message, so two trainers never overwrite each other unseen.
 */
class FaqEntryDialog extends Dialog {

    private final FaqManagement faq;
    private final FaqBulkActions bulk;
    private final Runnable onSaved;
    private final FaqEntryDetails existing;
    private final TextField question = new TextField();
    private final TextField key = new TextField();
    private final ComboBox<Long> category = new ComboBox<>();
    private final SimilarQuestionsEditor similar = new SimilarQuestionsEditor();
    private final TextArea answer = new TextArea();
    private final Div preview = new Div();
    private final Map<String, TextArea> variants = new LinkedHashMap<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final RadioButtonGroup<FaqStatus> status = new RadioButtonGroup<>();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validUntil = new DatePicker();

    FaqEntryDialog(
            FaqManagement faq,
            FaqBulkActions bulk,
            Map<Long, String> categoryPaths,
            List<String> knownTags,
            FaqEntryDetails existing,
            Long defaultCategory,
            Runnable onSaved) {
        this.faq = faq;
        this.bulk = bulk;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("faq-entry-dialog");
        setHeaderTitle(getTranslation(existing == null ? "faq.new" : "faq.edit"));
        setWidth("min(960px, 96vw)");
        setDraggable(true);
        setResizable(true);

        question.setId("faq-question");
        question.setLabel(getTranslation("faq.question"));
        question.setRequired(true);
        question.setMaxLength(500);
        key.setId("faq-key");
        key.setLabel(getTranslation("faq.key"));
        key.setHelperText(getTranslation("faq.key-help"));
        category.setId("faq-category");
        category.setLabel(getTranslation("faq.category"));
        category.setItems(categoryPaths.keySet().stream()
                .sorted((a, b) -> categoryPaths.get(a).compareToIgnoreCase(categoryPaths.get(b)))
                .toList());
        category.setItemLabelGenerator(categoryPaths::get);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("faq.category-none"));

        answer.setId("faq-answer");
        answer.setLabel(getTranslation("faq.answer"));
        answer.setHelperText(getTranslation("faq.answer-help"));
        answer.setRequired(true);
        answer.setMinHeight("8em");
        answer.setWidthFull();
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.addValueChangeListener(change -> showPreview());
        preview.setId("faq-answer-preview");
        preview.addClassName("sd-answer-preview");

        tags.setId("faq-tags");
        tags.setLabel(getTranslation("faq.tags"));
        tags.setAllowCustomValue(true);
        var tagItems = new TreeSet<>(knownTags);
        tags.setItems(tagItems);
        tags.addCustomValueSetListener(custom -> {
            var value = new LinkedHashSet<>(tags.getValue());
            tagItems.add(custom.getDetail().strip());
            tags.setItems(tagItems);
            value.add(custom.getDetail().strip());
            tags.setValue(value);
        });
        status.setId("faq-status");
        status.setLabel(getTranslation("faq.status"));
        status.setItems(FaqStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("faq.status." + value));
        status.setValue(FaqStatus.PUBLISHED);
        validFrom.setId("faq-valid-from");
        validFrom.setLabel(getTranslation("faq.valid-from"));
        validFrom.setClearButtonVisible(true);
        validUntil.setId("faq-valid-until");
        validUntil.setLabel(getTranslation("faq.valid-until"));
        validUntil.setClearButtonVisible(true);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.add(question, 2);
        form.add(key, category);
        var similarLabel = new Span(getTranslation("faq.similar-questions"));
        similarLabel.addClassName("sd-field-label");
        form.add(new Div(similarLabel, similar), 2);
        form.add(answer, 2);
        form.add(new Div(new Span(getTranslation("faq.answer-preview")), preview), 2);
        form.add(variantsSection(), 2);
        form.add(tags, status, validFrom, validUntil);
        add(form);
        if (existing != null) {
            add(statsLine(existing));
            fill(existing);
        } else {
            category.setValue(defaultCategory);
        }

        var save = new Button(getTranslation("action.save"), click -> save());
        save.setId("faq-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null) {
            var delete = new Button(getTranslation("faq.delete"), click -> confirmDelete());
            delete.setId("faq-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
        showPreview();
    }

    private Details variantsSection() {
        var content = new Div();
        for (String channel : ChannelTypes.KNOWN) {
            var area = new TextArea(getTranslation("faq.variant-for", getTranslation("faq.channel." + channel)));
            area.setId("faq-variant-" + channel);
            area.setWidthFull();
            area.setPlaceholder(getTranslation("faq.variant-placeholder"));
            variants.put(channel, area);
            content.add(area);
        }
        var details = new Details(getTranslation("faq.variants"), content);
        details.setId("faq-variants");
        return details;
    }

    private Paragraph statsLine(FaqEntryDetails entry) {
        var stats = entry.stats();
        var line = new Paragraph(getTranslation(
                "faq.stats-line",
                stats.hits(),
                FaqLabels.helpfulRate(stats),
                FaqLabels.time(stats.lastMatchedAt()),
                FaqLabels.time(entry.updatedAt())));
        line.addClassName("sd-muted");
        line.setId("faq-entry-stats");
        return line;
    }

    private void fill(FaqEntryDetails entry) {
        question.setValue(entry.question());
        key.setValue(entry.key() == null ? "" : entry.key());
        category.setValue(entry.categoryId());
        similar.setValue(entry.similarQuestions());
        answer.setValue(entry.answer());
        entry.answerVariants().forEach((channel, text) -> {
            if (variants.containsKey(channel)) {
                variants.get(channel).setValue(text);
            }
        });
        tags.setValue(new LinkedHashSet<>(entry.tags()));
        status.setValue(entry.status());
        validFrom.setValue(entry.validFrom());
        validUntil.setValue(entry.validUntil());
    }

    private void showPreview() {
        var problem = AnswerMarkup.problemOf(answer.getValue());
        if (problem.isPresent()) {
            preview.getElement().setProperty("innerHTML", "");
            preview.setText(Messages.t(problem.get().messageKey(), problem.get().argumentArray()));
            preview.addClassName("sd-preview-error");
            return;
        }
        preview.removeClassName("sd-preview-error");
        // Sanitized HTML only: the same rules the service stores answers with.
        preview.getElement().setProperty("innerHTML", AnswerMarkup.sanitize(answer.getValue()));
    }

    private void save() {
        List.<HasValidation>of(question, key, answer, tags, validUntil, category)
                .forEach(f -> f.setInvalid(false));
        var variantAnswers = new LinkedHashMap<String, String>();
        variants.forEach((channel, area) -> {
            if (!area.getValue().isBlank()) {
                variantAnswers.put(channel, area.getValue());
            }
        });
        var edit = new FaqEdit(
                key.getValue().isBlank() ? null : key.getValue().strip(),
                category.getValue(),
                question.getValue(),
                similar.value(),
                answer.getValue(),
                variantAnswers,
                new ArrayList<>(tags.getValue()),
                status.getValue(),
                validFrom.getValue(),
                validUntil.getValue(),
                existing == null ? 0 : existing.version());
        try {
            if (existing == null) {
                faq.createEntry(edit);
                Messages.success("faq.created", edit.question().strip());
            } else {
                faq.updateEntry(existing.id(), edit);
                Messages.success("faq.saved", edit.question().strip());
            }
            close();
            onSaved.run();
        } catch (BusinessRuleException violation) {
            Messages.show(
                    violation,
                    Map.of(
                            "question", question,
                            "key", key,
                            "answer", answer,
                            "tags", tags,
                            "validUntil", validUntil,
                            "category", category));
        }
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("faq.delete-title", existing.question()));
        dialog.setText(getTranslation("faq.delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("faq.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            bulk.delete(List.of(existing.id()));
            Messages.success("faq.deleted", existing.question());
            close();
            onSaved.run();
        });
        dialog.open();
    }
}
