package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqImportProgress;
import io.shopdesk.knowledge.internal.FaqRules.CleanFaq;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many FAQ entries fast: JDBC batches of 500 entries with their similar questions and channel variants, in
 * the caller's transaction (so an import stays all or nothing). Hibernate's IDENTITY ids cannot be batched; this
 * writer names the tenant in every row itself, and callers have checked the entries with {@link FaqRules}.
 */
@Component
public class FaqBatchWriter {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    FaqBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry to write, with the id of its (existing) category. */
    public record Row(CleanFaq entry, Long categoryId) {}

    /** Writes the rows; returns the new entries' ids. */
    public Set<Long> write(TenantId tenant, List<Row> rows, Instant now, FaqImportProgress progress) {
        var ids = new LinkedHashSet<Long>();
        var time = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        try {
            for (int from = 0; from < rows.size(); from += BATCH) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                insertEntries(tenant, chunk, time);
                var idByQuestion = idsOf(tenant, chunk);
                insertSimilarQuestions(tenant, chunk, idByQuestion);
                insertVariants(tenant, chunk, idByQuestion);
                ids.addAll(idByQuestion.values());
                progress.rowsWritten(from + chunk.size(), rows.size());
            }
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("error.import.duplicate-on-write");
        }
        return ids;
    }

    private void insertEntries(TenantId tenant, List<Row> chunk, LocalDateTime now) {
        jdbc.batchUpdate(
                "INSERT INTO faq_entry (tenant_id, category_id, entry_key, question, answer, status, tags,"
                        + " valid_from, valid_until, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                chunk,
                chunk.size(),
                (statement, row) -> {
                    var entry = row.entry();
                    statement.setString(1, tenant.value());
                    setLong(statement, 2, row.categoryId());
                    statement.setString(3, entry.key());
                    statement.setString(4, entry.question());
                    statement.setString(5, entry.answer());
                    statement.setString(6, entry.status().name());
                    statement.setString(7, entry.tagText());
                    setDate(statement, 8, entry.validFrom());
                    setDate(statement, 9, entry.validUntil());
                    statement.setObject(10, now);
                    statement.setObject(11, now);
                });
    }

    private Map<String, Long> idsOf(TenantId tenant, List<Row> chunk) {
        var questions = chunk.stream().map(row -> row.entry().question()).toList();
        String marks = String.join(",", java.util.Collections.nCopies(questions.size(), "?"));
        var arguments = new ArrayList<Object>();
        arguments.add(tenant.value());
        arguments.addAll(questions);
        var byQuestion = new HashMap<String, Long>();
        jdbc.query(
                "SELECT id, question FROM faq_entry WHERE tenant_id = ? AND question IN (" + marks + ")",
                resultSet -> {
                    byQuestion.put(resultSet.getString(2), resultSet.getLong(1));
                },
                arguments.toArray());
        var ids = new HashMap<String, Long>();
        for (String question : questions) {
            Long id = byQuestion.get(question);
            if (id == null) {
                throw new IllegalStateException("Inserted FAQ entry not found again: " + question);
            }
            ids.put(question, id);
        }
        return ids;
    }

    private void insertSimilarQuestions(TenantId tenant, List<Row> chunk, Map<String, Long> ids) {
        var values = new ArrayList<Object[]>();
        for (Row row : chunk) {
            long id = ids.get(row.entry().question());
            var texts = row.entry().similarQuestions();
            for (int position = 0; position < texts.size(); position++) {
                values.add(new Object[] {tenant.value(), id, texts.get(position), position});
            }
        }
        if (!values.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO faq_similar_question (tenant_id, faq_entry_id, text, position) VALUES (?, ?, ?, ?)",
                    values);
        }
    }

    private void insertVariants(TenantId tenant, List<Row> chunk, Map<String, Long> ids) {
        var values = new ArrayList<Object[]>();
        for (Row row : chunk) {
            long id = ids.get(row.entry().question());
            row.entry()
                    .answerVariants()
                    .forEach((channel, answer) -> values.add(new Object[] {tenant.value(), id, channel, answer}));
        }
        if (!values.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO faq_answer_variant (tenant_id, faq_entry_id, channel_type, answer) VALUES (?, ?, ?, ?)",
                    values);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }
}
