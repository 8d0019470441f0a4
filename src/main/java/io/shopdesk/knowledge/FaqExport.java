package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.CategoryPaths;
import io.shopdesk.knowledge.internal.FaqEntry;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.FaqQueries;
import io.shopdesk.knowledge.internal.SimilarQuestionRepository;
import io.shopdesk.knowledge.internal.files.FaqFileWriter;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the current tenant's FAQ entries (all, or those a filter shows) as CSV or XLSX in the import format, so a
 * file can be edited and imported again. Reads in chunks of 500 entries, each in its own read-only transaction, so
 * tens of thousands of entries stream out without filling memory.
 */
@Service
public class FaqExport {

    private static final int CHUNK = 500;

    private final FaqEntryRepository entries;
    private final SimilarQuestionRepository similarQuestions;
    private final CategoryPaths categoryPaths;
    private final FaqQueries queries;
    private final AuditLog auditLog;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    FaqExport(
            FaqEntryRepository entries,
            SimilarQuestionRepository similarQuestions,
            CategoryPaths categoryPaths,
            FaqQueries queries,
            AuditLog auditLog,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.similarQuestions = similarQuestions;
        this.categoryPaths = categoryPaths;
        this.queries = queries;
        this.auditLog = auditLog;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** Writes the entries the filter shows to {@code out} (not closed); returns how many. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public int export(FaqFilter filter, FaqFileFormat format, OutputStream out) {
        var tenant = TenantContext.require();
        var scope = readOnly.execute(status -> new Scope(
                queries.ids(
                        filter,
                        filter.categoryId() == null ? null : categoryPaths.withDescendants(filter.categoryId())),
                categoryPaths.allPaths(),
                new TreeSet<>(variantChannels())));
        int written = 0;
        try (var file = new FaqFileWriter(format, List.copyOf(scope.channels()), out)) {
            for (int from = 0; from < scope.ids().size(); from += CHUNK) {
                var chunk = scope.ids().subList(from, Math.min(scope.ids().size(), from + CHUNK));
                var rows = readOnly.execute(status -> rows(chunk, scope.paths()));
                for (Row row : rows) {
                    file.write(row.entry(), row.variants());
                    written++;
                }
            }
        }
        int count = written;
        writing.executeWithoutResult(status ->
                auditLog.record(tenant, "faq.entries-exported", null, null, "count=" + count + ", format=" + format));
        return count;
    }

    private record Scope(List<Long> ids, Map<Long, String> paths, TreeSet<String> channels) {}

    private record Row(FaqEntrySummary entry, Map<String, String> variants) {}

    private List<String> variantChannels() {
        return entries.variantChannelTypes();
    }

    private List<Row> rows(List<Long> ids, Map<Long, String> paths) {
        var texts = new HashMap<Long, List<String>>();
        for (Object[] row : similarQuestions.textsOf(ids)) {
            texts.computeIfAbsent((Long) row[0], ignored -> new ArrayList<>()).add((String) row[1]);
        }
        var byId = new HashMap<Long, FaqEntry>();
        entries.findAllById(ids).forEach(entry -> byId.put(entry.id(), entry));
        var rows = new ArrayList<Row>();
        for (Long id : ids) {
            var entry = byId.get(id);
            if (entry == null) {
                continue;
            }
            rows.add(new Row(
                    new FaqEntrySummary(
                            entry.id(),
                            entry.key(),
                            paths.get(entry.categoryId()),
                            entry.question(),
                            texts.getOrDefault(id, List.of()),
                            entry.answer(),
                            entry.status(),
                            entry.tagList(),
                            entry.validFrom(),
                            entry.validUntil()),
                    entry.variantAnswers()));
        }
        return rows;
    }
}
