package io.shopdesk.knowledge;

import io.shopdesk.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds many FAQ entries for one tenant straight through JDBC batches (tests and benchmarks of the grid): entry n
 * has question {@link #question}, two similar questions, tag {@code tag-(n % 100)}, every tenth is a draft, and
 * its change time is n seconds after a fixed start.
 */
final class FaqSeed {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private FaqSeed() {}

    static String question(int n) {
        return "Seeded question number " + n + "?";
    }

    static String similar(int n) {
        return "another wording " + n + " x";
    }

    static void seed(JdbcTemplate jdbc, TenantId tenant, String category, int count) {
        jdbc.update(
                "INSERT INTO faq_category (tenant_id, parent_id, name, position, version) VALUES (?, NULL, ?, 0, 0)",
                tenant.value(),
                category);
        Long categoryId = jdbc.queryForObject(
                "SELECT id FROM faq_category WHERE tenant_id = ? AND name = ?", Long.class, tenant.value(), category);
        int batch = 2000;
        for (int from = 0; from < count; from += batch) {
            var rows = new ArrayList<Object[]>();
            for (int n = from; n < Math.min(count, from + batch); n++) {
                var time = Timestamp.from(START.plusSeconds(n));
                rows.add(new Object[] {
                    tenant.value(),
                    n % 3 == 0 ? categoryId : null,
                    "seed-" + n,
                    question(n),
                    "<p>Answer " + n + "</p>",
                    n % 10 == 0 ? "DRAFT" : "PUBLISHED",
                    "tag-" + (n % 100),
                    time,
                    time
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO faq_entry (tenant_id, category_id, entry_key, question, answer, status, tags,"
                            + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    rows);
        }
        jdbc.update(
                "INSERT INTO faq_similar_question (tenant_id, faq_entry_id, text, position)"
                        + " SELECT tenant_id, id, CONCAT('another wording ', SUBSTRING(entry_key, 6), ' x'), 0"
                        + " FROM faq_entry WHERE tenant_id = ?",
                tenant.value());
        jdbc.update(
                "INSERT INTO faq_similar_question (tenant_id, faq_entry_id, text, position)"
                        + " SELECT tenant_id, id, CONCAT('yet another way to ask ', SUBSTRING(entry_key, 6)), 1"
                        + " FROM faq_entry WHERE tenant_id = ?",
                tenant.value());
    }
}
