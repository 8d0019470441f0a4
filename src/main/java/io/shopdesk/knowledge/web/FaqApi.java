package io.shopdesk.knowledge.web;

import io.shopdesk.knowledge.FaqBulkActions;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEdit;
import io.shopdesk.knowledge.FaqEntryDetails;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqExport;
import io.shopdesk.knowledge.FaqFileFormat;
import io.shopdesk.knowledge.FaqFilter;
import io.shopdesk.knowledge.FaqImport;
import io.shopdesk.knowledge.FaqImportPreview;
import io.shopdesk.knowledge.FaqImportProgress;
import io.shopdesk.knowledge.FaqImportRefused;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqProblem;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The caller's tenant's FAQ over HTTP: list, read, add (all or nothing), edit, delete, export and import (with
 * {@code dryRun=true} for the preview). Another tenant's entry answers 404, like a missing one.
 */
@RestController
class FaqApi {

    private final FaqManagement faq;
    private final FaqBulkActions bulk;
    private final FaqImport faqImport;
    private final FaqExport export;
    private final MessageSource messages;

    FaqApi(FaqManagement faq, FaqBulkActions bulk, FaqImport faqImport, FaqExport export, MessageSource messages) {
        this.faq = faq;
        this.bulk = bulk;
        this.faqImport = faqImport;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/api/v1/faq")
    @PreAuthorize(Roles.HAS_TRAINER)
    List<FaqEntrySummary> list() {
        return faq.allEntries();
    }

    @PostMapping("/api/v1/faq")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> add(@RequestBody List<FaqDraft> drafts) {
        return Map.of("added", faq.addEntries(drafts));
    }

    @GetMapping("/api/v1/faq/{id}")
    FaqEntryDetails entry(@PathVariable long id) {
        return faq.entry(id);
    }

    @PutMapping("/api/v1/faq/{id}")
    FaqEntryDetails update(@PathVariable long id, @RequestBody FaqEdit edit) {
        faq.updateEntry(id, edit);
        return faq.entry(id);
    }

    @DeleteMapping("/api/v1/faq/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        faq.entry(id);
        bulk.delete(List.of(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/faq/{id}/publish")
    FaqEntryDetails publish(@PathVariable long id, @RequestParam(defaultValue = "true") boolean published) {
        faq.entry(id);
        if (published) {
            bulk.publish(List.of(id));
        } else {
            bulk.unpublish(List.of(id));
        }
        return faq.entry(id);
    }

    /** The entries (optionally filtered) as CSV (UTF-8 with BOM) or XLSX, built in memory (at most a few MB). */
    @GetMapping("/api/v1/faq/export")
    @PreAuthorize(Roles.HAS_TRAINER)
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) FaqStatus status) {
        var fileFormat = FaqFileFormat.ofFileName("export." + format.toLowerCase(Locale.ROOT));
        var filter = new FaqFilter(q, status, null, false, null);
        var out = new ByteArrayOutputStream();
        export.export(filter, fileFormat, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"faq" + fileFormat.extension() + "\"")
                .contentType(MediaType.parseMediaType(fileFormat.mediaType()))
                .body(out.toByteArray());
    }

    /**
     * Imports a CSV or XLSX file (multipart field {@code file}) all or nothing. With {@code dryRun=true} nothing is
     * written and the answer is the preview; a file with row problems answers 422 with the rows' problems.
     */
    @PostMapping(value = "/api/v1/faq/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale)
            throws IOException {
        if (file.getSize() > FaqImport.MAX_FILE_BYTES) {
            throw new BusinessRuleException(
                    "error.import.too-large", file.getOriginalFilename(), FaqImport.MAX_FILE_BYTES / (1024 * 1024));
        }
        var preview = faqImport.preview(String.valueOf(file.getOriginalFilename()), file.getBytes());
        if (!preview.importable()) {
            return ResponseEntity.unprocessableContent().body(problems(preview, locale));
        }
        if (dryRun) {
            return ResponseEntity.ok(Map.of("rows", preview.rows().size(), "importable", true));
        }
        var result = faqImport.importRows(preview, FaqImportProgress.NONE);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", result.imported()));
    }

    @ExceptionHandler(FaqImportRefused.class)
    ResponseEntity<ProblemDetail> refused(FaqImportRefused refused, Locale locale) {
        return ResponseEntity.unprocessableContent().body(problems(refused.preview(), locale));
    }

    private ProblemDetail problems(FaqImportPreview preview, Locale locale) {
        long count = preview.rowsWithProblems() + preview.problems().size();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.import.refused", new Object[] {count}, locale));
        problem.setProperty("code", "error.import.refused");
        problem.setProperty(
                "problems",
                preview.problems().stream().map(p -> text(p, locale)).toList());
        problem.setProperty(
                "rows",
                preview.rows().stream()
                        .filter(row -> !row.ok())
                        .map(row -> Map.of(
                                "row",
                                row.rowNumber(),
                                "problems",
                                row.problems().stream()
                                        .map(p -> text(p, locale))
                                        .toList()))
                        .toList());
        return problem;
    }

    private Map<String, String> text(FaqProblem problem, Locale locale) {
        return Map.of(
                "field", problem.field() == null ? "" : problem.field(),
                "code", problem.messageKey(),
                "detail", messages.getMessage(problem.messageKey(), problem.argumentArray(), locale));
    }
}
