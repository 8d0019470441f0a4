package io.shopdesk.connector.outbox;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.ChannelRevoked;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops a revoked channel's pending deliveries at once (FAILED, "channel revoked"), with one audit entry for them;
 * a delivery being sent at that moment finishes its attempt, and its next one finds the channel revoked.
 */
@Component
class RevokedChannels {

    private final OutboxRows rows;
    private final AuditLog auditLog;
    private final Clock clock;

    RevokedChannels(OutboxRows rows, AuditLog auditLog, Clock clock) {
        this.rows = rows;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChannelRevoked revoked) {
        int stopped =
                rows.failPendingOfChannel(revoked.tenant(), revoked.channelId(), OutboxWorker.REVOKED, clock.instant());
        if (stopped > 0) {
            auditLog.record(
                    revoked.tenant(),
                    "channel.deliveries-stopped",
                    "channel:" + revoked.channelId(),
                    null,
                    "failed=" + stopped + "; " + OutboxWorker.REVOKED);
        }
    }
}
