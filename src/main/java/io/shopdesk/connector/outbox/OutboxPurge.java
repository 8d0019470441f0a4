package io.shopdesk.connector.outbox;

import io.shopdesk.connector.MessageRetention;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes the outbox's copies of messages: finished rows after {@code shopdesk.channel.outbox.keep} (30 days), and
 * for a tenant whose data protection keeps conversations a shorter time, every row of a message sent before that
 * retention (pending ones too: a message the tenant's retention let go must not be sent any more), so the outbox
 * never keeps message text longer than the tenant allows. A row being sent right now is left to the next run.
 */
@Component
public class OutboxPurge {

    private final OutboxRows rows;
    private final ObjectProvider<MessageRetention> retention;
    private final Duration keep;

    OutboxPurge(
            OutboxRows rows,
            ObjectProvider<MessageRetention> retention,
            @Value("${shopdesk.channel.outbox.keep:30d}") Duration keep) {
        this.rows = rows;
        this.retention = retention;
        this.keep = keep;
    }

    /** Deletes what may go as of {@code now}; returns how many rows. */
    public int purge(Instant now) {
        int deleted = rows.deleteFinishedBefore(now.minus(keep));
        Map<TenantId, Integer> days = retention.stream()
                .findFirst()
                .map(MessageRetention::retentionDaysAcrossTenants)
                .orElse(Map.of());
        for (var tenant : days.entrySet()) {
            deleted += rows.deleteSentBefore(tenant.getKey(), now.minus(tenant.getValue(), ChronoUnit.DAYS), now);
        }
        return deleted;
    }
}
