package io.shopdesk.operations.internal;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.shared.LogFields;
import io.shopdesk.shared.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention job: for each tenant with a retention of N days, deletes its conversations whose last
 * message is older than N days, with their messages and every row that references them, in batches of
 * {@value #BATCH} conversations per transaction. One replica runs it per day ({@link JobClaims}); each tenant's
 * deletion is audited under that tenant.
 */
@Component
class ConversationRetention {

    static final String JOB = "conversation-retention";
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

    private final DataProtectionStore settings;
    private final JobClaims claims;
    private final DependentRows rows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    ConversationRetention(
            DataProtectionStore settings,
            JobClaims claims,
            DependentRows rows,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditLog audit,
            Clock clock) {
        this.settings = settings;
        this.claims = claims;
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${shopdesk.operations.retention.cron:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        if (claims.claim(JOB, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            deleteExpiredAcrossTenants(clock.instant());
        }
    }

    /** Deletes what every tenant's retention lets go as of {@code now}; the conversations deleted per tenant. */
    Map<TenantId, Integer> deleteExpiredAcrossTenants(Instant now) {
        var deleted = new LinkedHashMap<TenantId, Integer>();
        for (var retention : settings.retentionsAcrossTenants()) {
            try (var ignored =
                    MDC.putCloseable(LogFields.TENANT, retention.tenant().value())) {
                Instant cutoff = now.minus(retention.days(), ChronoUnit.DAYS);
                int conversations = deleteOlderThan(retention.tenant(), cutoff);
                if (conversations > 0) {
                    audit.record(
                            retention.tenant(),
                            "retention.delete",
                            "conversations",
                            null,
                            "deleted=" + conversations + ", lastMessageBefore=" + cutoff + ", retentionDays="
                                    + retention.days());
                    log.info("Retention deleted {} conversations older than {} days", conversations, retention.days());
                }
                deleted.put(retention.tenant(), conversations);
            }
        }
        return deleted;
    }

    private int deleteOlderThan(TenantId tenant, Instant cutoff) {
        int total = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<Long> ids = jdbc.sql("SELECT id FROM conversation WHERE tenant_id = ? AND last_message_at < ?"
                                + " ORDER BY id LIMIT " + BATCH + " FOR UPDATE")
                        .params(tenant.value(), Timestamp.from(cutoff))
                        .query(Long.class)
                        .list();
                rows.deleteWithDependents("conversation", ids);
                return ids.size();
            });
            total += batch;
            if (batch < BATCH) {
                return total;
            }
        }
    }
}
