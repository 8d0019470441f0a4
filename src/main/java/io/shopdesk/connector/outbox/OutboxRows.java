package io.shopdesk.connector.outbox;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.connector.DeliveryStatus;
import io.shopdesk.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the outbox. It works across tenants (the worker serves them all), so every statement on a row names the
 * row's tenant itself; times are passed and read as UTC, as Hibernate stores them. A row is changed after its claim
 * only by the replica that holds the claim ({@code claimed_by}), so a replica whose claim ran out and was taken over
 * cannot overwrite the newer outcome.
 */
@Component
class OutboxRows {

    /** A row that is due: its id and tenant. */
    record Due(long id, TenantId tenant) {}

    private static final String COLUMNS = "id, tenant_id, channel_id, channel_type, idempotency_key, conversation_id,"
            + " external_user, message_seq, author, text, sent_at, attempts";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a pending delivery, due now; a key that exists already (the event delivered again) adds nothing. */
    void add(
            TenantId tenant,
            long channelId,
            String channelType,
            String key,
            String conversationId,
            String externalUser,
            int seq,
            String author,
            String text,
            Instant sentAt,
            Instant now) {
        jdbc.sql("INSERT INTO connector_delivery (tenant_id, channel_id, channel_type, idempotency_key,"
                        + " conversation_id, external_user, message_seq, author, text, sent_at, status, attempts,"
                        + " next_attempt_at, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0,"
                        + " ?, ?, 0) ON DUPLICATE KEY UPDATE id = id")
                .params(
                        tenant.value(),
                        channelId,
                        channelType,
                        key,
                        conversationId,
                        externalUser,
                        seq,
                        author,
                        text,
                        utc(sentAt),
                        utc(now),
                        utc(now))
                .update();
    }

    /** Pending rows whose time has come and that nobody holds, oldest first. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT id, tenant_id FROM connector_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?")
                .params(utc(now), utc(now), limit)
                .query((rs, n) -> new Due(rs.getLong(1), new TenantId(rs.getString(2))))
                .list();
    }

    /**
     * Claims a due row for this replica until {@code until}: a conditional update, so of replicas claiming the same
     * row at once exactly one changes it. Returns the row when this replica holds it now.
     */
    Optional<Delivery> claim(Due due, String replica, Instant now, Instant until) {
        int claimed = jdbc.sql("UPDATE connector_delivery SET claimed_by = ?, claimed_until = ?, version = version + 1"
                        + " WHERE id = ? AND tenant_id = ? AND status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(replica, utc(until), due.id(), due.tenant().value(), utc(now), utc(now))
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM connector_delivery WHERE id = ? AND tenant_id = ?")
                .params(due.id(), due.tenant().value())
                .query(OutboxRows::delivery)
                .optional();
    }

    /** Sets the outcome of an attempt (or of giving up) and lets go of the claim; false when the claim was lost. */
    boolean finish(
            Delivery delivery,
            String replica,
            DeliveryStatus status,
            int attempts,
            Instant nextAttemptAt,
            Integer lastStatus,
            String lastError,
            Instant finishedAt) {
        return jdbc.sql("UPDATE connector_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_status = ?,"
                                + " last_error = ?, finished_at = ?, claimed_by = NULL, claimed_until = NULL,"
                                + " version = version + 1 WHERE id = ? AND tenant_id = ? AND claimed_by = ?")
                        .params(
                                status.name(),
                                attempts,
                                utc(nextAttemptAt),
                                lastStatus,
                                cut(lastError),
                                finishedAt == null ? null : utc(finishedAt),
                                delivery.id(),
                                delivery.tenant().value(),
                                replica)
                        .update()
                == 1;
    }

    /** Gives up a revoked channel's pending deliveries that nobody is sending now; returns how many. */
    int failPendingOfChannel(TenantId tenant, long channelId, String reason, Instant now) {
        return jdbc.sql("UPDATE connector_delivery SET status = 'FAILED', last_error = ?, finished_at = ?,"
                        + " version = version + 1 WHERE tenant_id = ? AND channel_id = ? AND status = 'PENDING'"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(reason, utc(now), tenant.value(), channelId, utc(now))
                .update();
    }

    /** Deletes delivered and given-up rows finished before the given time; returns how many. */
    int deleteFinishedBefore(Instant before) {
        return jdbc.sql("DELETE FROM connector_delivery WHERE status IN ('DELIVERED', 'FAILED') AND finished_at < ?")
                .param(utc(before))
                .update();
    }

    /**
     * Deletes a tenant's rows of messages sent before the given time, whatever their status, except one a replica
     * holds at {@code now} (it is deleted by the next run); returns how many.
     */
    int deleteSentBefore(TenantId tenant, Instant before, Instant now) {
        return jdbc.sql("DELETE FROM connector_delivery WHERE tenant_id = ? AND sent_at < ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(tenant.value(), utc(before), utc(now))
                .update();
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                new TenantId(rs.getString("tenant_id")),
                rs.getLong("channel_id"),
                ChannelType.valueOf(rs.getString("channel_type")),
                rs.getString("idempotency_key"),
                rs.getString("conversation_id"),
                rs.getString("external_user"),
                rs.getInt("message_seq"),
                rs.getString("author"),
                rs.getString("text"),
                rs.getObject("sent_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getInt("attempts"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
