package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqEntryOutcome;
import io.shopdesk.shared.TenantId;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each entry's statistics from the outcomes conversations report. Every answered chat message reports one, so
 * outcomes are tallied in memory once the reporting transaction has committed and written in one batch every
 * {@code shopdesk.knowledge.stats-flush} (1 s): one statement per entry instead of an event publication, a listener
 * transaction and a hot-row update per message. A batch that fails goes back into the tally for the next flush;
 * what a crashed node had not flushed yet (at most one interval of counts) is lost, which statistics can afford.
 * The statement names the outcome's tenant explicitly (there is no tenant context here), and only counts an
 * outcome if the entry exists in that tenant.
 */
@Component
class FaqOutcomeListener {

    private static final Logger log = LoggerFactory.getLogger(FaqOutcomeListener.class);

    private static final String UPSERT = """
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
            """;

    private final JdbcTemplate jdbc;
    private Map<Key, Tally> pending = new HashMap<>();

    FaqOutcomeListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(TenantId tenant, long faqEntryId) {}

    /** Counts for one entry since the last flush. */
    private static final class Tally {
        int hits;
        int helpful;
        int notHelpful;
        Instant lastMatched;

        void add(FaqEntryOutcome.Kind kind, Instant at) {
            switch (kind) {
                case MATCHED -> {
                    hits++;
                    if (at != null && (lastMatched == null || at.isAfter(lastMatched))) {
                        lastMatched = at;
                    }
                }
                case HELPFUL -> helpful++;
                case NOT_HELPFUL -> notHelpful++;
            }
        }

        void add(Tally other) {
            hits += other.hits;
            helpful += other.helpful;
            notHelpful += other.notHelpful;
            if (other.lastMatched != null && (lastMatched == null || other.lastMatched.isAfter(lastMatched))) {
                lastMatched = other.lastMatched;
            }
        }
    }

    // A plain listener that defers to the commit itself: a @TransactionalEventListener would be tracked by the
    // event publication registry, which writes a publication row with the message and opens two more transactions
    // after it commits, while the request thread still holds its own connection. Under load every request thread
    // then waits for a second connection from a pool they have all drained, and the chat API stalls.
    @EventListener
    void on(FaqEntryOutcome outcome) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tally(outcome);
                }
            });
        } else {
            tally(outcome);
        }
    }

    private void tally(FaqEntryOutcome outcome) {
        synchronized (this) {
            pending.computeIfAbsent(new Key(outcome.tenant(), outcome.faqEntryId()), key -> new Tally())
                    .add(outcome.kind(), outcome.at());
        }
    }

    @Scheduled(
            fixedDelayString = "${shopdesk.knowledge.stats-flush:1s}",
            initialDelayString = "${shopdesk.knowledge.stats-flush:1s}")
    void flush() {
        Map<Key, Tally> batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new HashMap<>();
        }
        var rows = new ArrayList<Object[]>(batch.size());
        batch.forEach((key, tally) -> rows.add(new Object[] {
            tally.hits,
            tally.helpful,
            tally.notHelpful,
            tally.lastMatched == null ? null : LocalDateTime.ofInstant(tally.lastMatched, ZoneOffset.UTC),
            key.faqEntryId(),
            key.tenant().value()
        }));
        try {
            jdbc.batchUpdate(UPSERT, rows);
        } catch (DataAccessException failed) {
            log.warn("Could not write the statistics of {} FAQ entries; retrying with the next flush", batch.size());
            synchronized (this) {
                batch.forEach((key, tally) ->
                        pending.computeIfAbsent(key, k -> new Tally()).add(tally));
            }
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
