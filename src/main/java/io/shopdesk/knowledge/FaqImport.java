package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.CategoryPaths;
import io.shopdesk.knowledge.internal.FaqBatchWriter;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.FaqRules;
import io.shopdesk.knowledge.internal.KnowledgeClock;
import io.shopdesk.knowledge.internal.files.FaqFileReader;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantQuotas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports FAQ entries from CSV or XLSX files in two steps: {@link #preview} reads the file and reports every row's
 * problems (including questions and keys that exist already) without writing anything; {@link #importRows} writes
 * a preview without problems in one transaction, all or nothing, within the plan's quota. File format and columns:
 * {@code docs/faq-import.md}.
 */
@Service
public class FaqImport {

    /** The largest file an import reads. */
    public static final int MAX_FILE_BYTES = FaqFileReader.MAX_BYTES;

    private static final int CHUNK = 1000;

    private final FaqEntryRepository entries;
    private final CategoryPaths categoryPaths;
    private final FaqBatchWriter writer;
    private final TenantQuotas quotas;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final KnowledgeClock clock;

    FaqImport(
            FaqEntryRepository entries,
            CategoryPaths categoryPaths,
            FaqBatchWriter writer,
            TenantQuotas quotas,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            KnowledgeClock clock) {
        this.entries = entries;
        this.categoryPaths = categoryPaths;
        this.writer = writer;
        this.quotas = quotas;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads an uploaded file and checks every row; writes nothing. Problems of the whole file (too large, not CSV
     * or XLSX, an encoding other than UTF-8 or GBK, malformed content, missing columns) are thrown as
     * {@link io.shopdesk.shared.BusinessRuleException}s; problems of rows are in the preview.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public FaqImportPreview preview(String fileName, byte[] content) {
        var file = FaqFileReader.read(fileName, content);
        var rows = withExistingConflicts(file.rows());
        return new FaqImportPreview(fileName, file.format(), file.encoding(), rows, quotaProblems(rows.size()));
    }

    /**
     * Writes the entries of a preview, checking them again first against the tenant's current entries. If any row
     * has a problem now, nothing is written and {@link FaqImportRefused} carries the rows with their problems.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public FaqImportResult importRows(FaqImportPreview preview, FaqImportProgress progress) {
        var tenant = TenantContext.require();
        var rechecked = FaqFileReader.recheck(preview.rows());
        var rows = withExistingConflicts(rechecked.rows());
        var checked = new FaqImportPreview(
                preview.fileName(), preview.format(), preview.encoding(), rows, quotaProblems(rows.size()));
        if (!checked.importable()) {
            throw new FaqImportRefused(checked);
        }
        var categoryCache = new HashMap<String, Long>();
        var toWrite = new ArrayList<FaqBatchWriter.Row>();
        for (var entry : rechecked.entries()) {
            toWrite.add(new FaqBatchWriter.Row(entry, categoryPaths.resolve(entry.categoryPath(), categoryCache)));
        }
        Set<Long> ids = writer.write(tenant, toWrite, clock.now(), progress);
        auditLog.record(
                tenant,
                "faq.entries-imported",
                preview.fileName(),
                null,
                "count=" + ids.size() + ", format=" + preview.format());
        events.publishEvent(new KnowledgeChanged(tenant, ids));
        return new FaqImportResult(ids.size(), ids);
    }

    /** The plan's quota as a problem of the whole import (not thrown: that would spoil the transaction). */
    private List<FaqProblem> quotaProblems(int adding) {
        long limit = quotas.currentPlan().limitOf(Quota.FAQ_ENTRIES);
        return entries.count() + adding > limit
                ? List.of(FaqProblem.of(null, "error.quota.faq-entries", limit))
                : List.of();
    }

    /** Adds a problem to every row whose question or key exists already in the tenant. */
    private List<FaqImportRow> withExistingConflicts(List<FaqImportRow> rows) {
        var existingQuestions = new HashSet<String>();
        var existingKeys = new HashSet<String>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            var questions = chunk.stream()
                    .map(row -> row.draft().question() == null
                            ? ""
                            : row.draft().question().strip())
                    .filter(question -> !question.isEmpty())
                    .toList();
            var keys = chunk.stream()
                    .map(row -> row.draft().key())
                    .filter(key -> key != null && !key.isBlank())
                    .map(String::strip)
                    .toList();
            if (!questions.isEmpty()) {
                entries.existingQuestions(questions)
                        .forEach(question -> existingQuestions.add(FaqRules.questionKey(question)));
            }
            if (!keys.isEmpty()) {
                existingKeys.addAll(entries.existingKeys(keys));
            }
        }
        return rows.stream()
                .map(row -> {
                    var more = new ArrayList<FaqProblem>();
                    String question = row.draft().question() == null
                            ? ""
                            : row.draft().question().strip();
                    if (existingQuestions.contains(FaqRules.questionKey(question))) {
                        more.add(FaqProblem.of("question", "error.faq.question-duplicate", question));
                    }
                    String key =
                            row.draft().key() == null ? null : row.draft().key().strip();
                    if (key != null && existingKeys.contains(key)) {
                        more.add(FaqProblem.of("key", "error.faq.key-duplicate", key));
                    }
                    return row.with(more);
                })
                .toList();
    }
}
