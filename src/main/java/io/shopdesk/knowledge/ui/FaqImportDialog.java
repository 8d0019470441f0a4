package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.shopdesk.knowledge.FaqFileFormat;
import io.shopdesk.knowledge.FaqImport;
import io.shopdesk.knowledge.FaqImportPreview;
import io.shopdesk.knowledge.FaqImportRefused;
import io.shopdesk.knowledge.FaqImportRow;
import io.shopdesk.knowledge.FaqProblem;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Imports FAQ entries from a CSV or XLSX file in two steps: upload shows a preview of every row with its problems
 * (nothing is written yet); Import writes all rows in one transaction, with a progress bar, or nothing at all. A
 * trainer fixes the file and uploads it again until no row has a problem. Stable ids for browser tests:
 * {@code faq-import-upload}, {@code faq-import-summary}, {@code faq-import-preview}, {@code faq-import-start},
 * {@code faq-import-progress}.
 */
class FaqImportDialog extends Dialog {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final String TEMPLATE = "\uFEFFkey,category,question,similar_questions,answer,tags,status,"
            + "valid_from,valid_until\r\nreturn-window,Returns,How long do I have to return an item?,\"Can I still "
            + "return it?\nWhat is the return period?\",\"You can return items within 30 days. See "
            + "https://example.com/returns\",returns,PUBLISHED,,\r\n";

    private final FaqImport faqImport;
    private final Executor executor;
    private final Runnable onImported;
    private final Div summary = new Div();
    private final Grid<FaqImportRow> rows = new Grid<>();
    private final Checkbox onlyProblems = new Checkbox();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button start = new Button();
    private final Upload upload;
    private FaqImportPreview preview;

    FaqImportDialog(FaqImport faqImport, Executor executor, Runnable onImported) {
        this.faqImport = faqImport;
        this.executor = executor;
        this.onImported = onImported;
        setId("faq-import-dialog");
        setHeaderTitle(getTranslation("faq.import-title"));
        setWidth("min(1100px, 96vw)");
        setResizable(true);

        var help = new Paragraph(getTranslation("faq.import-help", MAX_BYTES / (1024 * 1024)));
        var template = new Anchor(
                DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)),
                        "faq-template.csv",
                        "text/csv",
                        -1)),
                getTranslation("faq.import-template"));
        template.setId("faq-import-template");

        upload = new Upload(new BoundedUpload(MAX_BYTES, new BoundedUpload.Receiver() {
            @Override
            public void received(UI ui, String fileName, byte[] content) {
                readPreview(ui, fileName, content);
            }

            @Override
            public void tooLarge(UI ui, String fileName) {
                ui.access(
                        () -> showFileError(Messages.t("error.import.too-large", fileName, MAX_BYTES / (1024 * 1024))));
            }
        }));
        upload.setId("faq-import-upload");
        UploadTexts.translate(upload);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", FaqFileFormat.XLSX.mediaType());
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> showFileError(rejected.getErrorMessage()));

        summary.setId("faq-import-summary");
        summary.addClassName("sd-import-summary");
        onlyProblems.setLabel(getTranslation("faq.import-only-problems"));
        onlyProblems.setId("faq-import-only-problems");
        onlyProblems.addValueChangeListener(change -> showRows());
        configureGrid();
        progress.setId("faq-import-progress");
        progress.setVisible(false);
        progressText.setId("faq-import-progress-text");

        add(help, template, upload, summary, onlyProblems, rows, progress, progressText);
        start.setText(getTranslation("faq.import-start"));
        start.setId("faq-import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), start);
        showRows();
    }

    private void configureGrid() {
        rows.setId("faq-import-preview");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setHeight("22em");
        rows.addColumn(FaqImportRow::rowNumber)
                .setHeader(getTranslation("faq.import-row"))
                .setWidth("5em")
                .setFlexGrow(0);
        rows.addColumn(row -> nullToEmpty(row.draft().question()))
                .setHeader(getTranslation("faq.question"))
                .setFlexGrow(3);
        rows.addColumn(row -> nullToEmpty(row.draft().category())).setHeader(getTranslation("faq.category"));
        rows.addColumn(row -> row.draft().similarQuestions().size())
                .setHeader(getTranslation("faq.similar-short"))
                .setWidth("6em")
                .setFlexGrow(0);
        rows.addColumn(row -> getTranslation("faq.status." + row.draft().status()))
                .setHeader(getTranslation("faq.status"));
        rows.addComponentColumn(this::problemsCell)
                .setHeader(getTranslation("faq.import-problems"))
                .setFlexGrow(4);
        rows.setPartNameGenerator(row -> row.ok() ? null : "import-error");
        rows.setEmptyStateText(getTranslation("faq.import-empty"));
    }

    private Span problemsCell(FaqImportRow row) {
        var cell = new Span(row.problems().stream().map(this::describe).collect(Collectors.joining(" · ")));
        if (!row.ok()) {
            cell.addClassName("sd-row-error");
            cell.getElement().setAttribute("data-row", String.valueOf(row.rowNumber()));
        }
        return cell;
    }

    private String describe(FaqProblem problem) {
        String text = Messages.t(problem.messageKey(), problem.argumentArray());
        return problem.field() == null ? text : getTranslation("faq.column." + problem.field()) + ": " + text;
    }

    /** On the upload's request thread: reads and checks the file, then shows the result. */
    private void readPreview(UI ui, String fileName, byte[] content) {
        FaqImportPreview read;
        try {
            read = faqImport.preview(fileName, content);
        } catch (BusinessRuleException violation) {
            ui.access(() -> showFileError(Messages.t(violation.messageKey(), violation.arguments())));
            return;
        }
        ui.access(() -> show(read));
    }

    private void show(FaqImportPreview read) {
        preview = read;
        upload.clearFileList();
        summary.removeAll();
        summary.removeClassName("sd-import-error");
        long bad = read.rowsWithProblems();
        var text = new Span(getTranslation(
                "faq.import-summary",
                read.fileName(),
                read.rows().size(),
                bad,
                read.encoding() == null ? read.format().name() : read.format() + ", " + read.encoding()));
        summary.add(text);
        read.problems().forEach(problem -> summary.add(new Paragraph(describe(problem))));
        if (!read.importable()) {
            summary.addClassName("sd-import-error");
            summary.add(new Paragraph(getTranslation("faq.import-fix")));
        }
        summary.getElement()
                .setAttribute("data-rows", String.valueOf(read.rows().size()));
        summary.getElement()
                .setAttribute(
                        "data-problems", String.valueOf(bad + read.problems().size()));
        onlyProblems.setValue(bad > 0);
        start.setEnabled(read.importable());
        showRows();
    }

    private void showFileError(String message) {
        preview = null;
        upload.clearFileList();
        summary.removeAll();
        summary.addClassName("sd-import-error");
        var error = new Paragraph(message);
        error.setId("faq-import-file-error");
        summary.add(error);
        summary.getElement().setAttribute("data-rows", "0");
        summary.getElement().setAttribute("data-problems", "1");
        start.setEnabled(false);
        showRows();
    }

    private void showRows() {
        List<FaqImportRow> all = preview == null ? List.of() : preview.rows();
        rows.setItems(
                onlyProblems.getValue() ? all.stream().filter(row -> !row.ok()).toList() : all);
    }

    private void startImport() {
        var ui = UI.getCurrent();
        // The pooled thread works for the tenant the trainer works in now, named explicitly rather than looked up
        // again from the security context there.
        var tenant = TenantContext.require();
        var chosen = preview;
        start.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(
                getTranslation("faq.import-progress", 0, chosen.rows().size()));
        Runnable work = () -> {
            try {
                var result = faqImport.importRows(
                        chosen,
                        (done, total) -> ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            progressText.setText(getTranslation("faq.import-progress", done, total));
                        }));
                ui.access(() -> {
                    Messages.success("faq.imported", result.imported());
                    close();
                    onImported.run();
                });
            } catch (FaqImportRefused refused) {
                ui.access(() -> {
                    finishFailed();
                    show(refused.preview());
                });
            } catch (BusinessRuleException violation) {
                ui.access(() -> {
                    finishFailed();
                    showFileError(Messages.t(violation.messageKey(), violation.arguments()));
                });
            } catch (RuntimeException failure) {
                ui.access(() -> {
                    finishFailed();
                    throw failure;
                });
            }
        };
        executor.execute(() -> TenantContext.runAs(tenant, work));
    }

    private void finishFailed() {
        progress.setVisible(false);
        progressText.setText(getTranslation("faq.import-nothing-written"));
        upload.setVisible(true);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
