package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqEntryOutcome;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each entry's statistics from the outcomes conversations report. Runs after the reporting transaction, in
 * its own; the statement names the outcome's tenant explicitly (a listener has no tenant context), and only
 * counts an outcome if the entry exists in that tenant.
 */
@Component
class FaqOutcomeListener {

    private final JdbcClient jdbc;

    FaqOutcomeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(FaqEntryOutcome outcome) {
        var kind = outcome.kind();
        jdbc.sql("""
                        INSERT INTO faq_entry_stats (faq_entry_id, tenant_id, hits, helpful, not_helpful, last_matched_at)
                        SELECT id, tenant_id, ?, ?, ?, ? FROM faq_entry WHERE id = ? AND tenant_id = ?
                        ON DUPLICATE KEY UPDATE
                            hits = hits + VALUES(hits),
                            helpful = helpful + VALUES(helpful),
                            not_helpful = not_helpful + VALUES(not_helpful),
                            last_matched_at = CASE
                                WHEN VALUES(last_matched_at) IS NULL THEN last_matched_at
                                WHEN last_matched_at IS NULL OR VALUES(last_matched_at) > last_matched_at
                                    THEN VALUES(last_matched_at)
                                ELSE last_matched_at END
                        """)
                .param(kind == FaqEntryOutcome.Kind.MATCHED ? 1 : 0)
                .param(kind == FaqEntryOutcome.Kind.HELPFUL ? 1 : 0)
                .param(kind == FaqEntryOutcome.Kind.NOT_HELPFUL ? 1 : 0)
                .param(
                        kind == FaqEntryOutcome.Kind.MATCHED && outcome.at() != null
                                ? LocalDateTime.ofInstant(outcome.at(), ZoneOffset.UTC)
                                : null)
                .param(outcome.faqEntryId())
                .param(outcome.tenant().value())
                .update();
    }
}
