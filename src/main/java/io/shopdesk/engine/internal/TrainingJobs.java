package io.shopdesk.engine.internal;

import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training queue as the workers see it: across tenants, with the tenant named in every statement (ADR 0004).
 * A job is claimed by a conditional update, so on several replicas exactly one runs it.
 */
@Component
class TrainingJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<QueuedJob> queuedAcrossTenants(int limit) {
        return jdbc.sql("SELECT id, tenant_id, auto_publish, requested_by FROM engine_training_job "
                        + "WHERE status = 'QUEUED' ORDER BY priority DESC, requested_at, id LIMIT ?")
                .param(limit)
                .query((row, number) -> new QueuedJob(
                        row.getLong(1), new TenantId(row.getString(2)), row.getBoolean(3), row.getString(4)))
                .list();
    }

    boolean claim(QueuedJob job) {
        var now = utcNow();
        return jdbc.sql("UPDATE engine_training_job SET status = 'RUNNING', stage = 'preparing', started_at = ?, "
                                + "heartbeat_at = ?, version = version + 1 "
                                + "WHERE id = ? AND tenant_id = ? AND status = 'QUEUED'")
                        .params(now, now, job.id(), job.tenant().value())
                        .update()
                == 1;
    }

    /** Moves the tenant's queued job ahead of others: its customers are asking and it has no model yet. */
    void prioritize(TenantId tenant) {
        jdbc.sql("UPDATE engine_training_job SET priority = 1, version = version + 1 "
                        + "WHERE tenant_id = ? AND status = 'QUEUED' AND priority = 0")
                .param(tenant.value())
                .update();
    }

    /**
     * Queues a job that publishes its model, unless the tenant already has one queued or running; with {@code
     * first}, ahead of other tenants' jobs (the tenant's customers are asking and it has no usable model).
     */
    void requestUnlessOpen(TenantId tenant, boolean first) {
        boolean open = jdbc.sql("SELECT COUNT(*) FROM engine_training_job "
                                + "WHERE tenant_id = ? AND status IN ('QUEUED', 'RUNNING')")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()
                > 0;
        if (!open) {
            jdbc.sql("INSERT INTO engine_training_job (tenant_id, status, progress, priority, auto_publish, "
                            + "requested_by, requested_at, version) VALUES (?, 'QUEUED', 0, ?, TRUE, 'system', ?, 0)")
                    .params(tenant.value(), first ? 1 : 0, utcNow())
                    .update();
        }
    }

    void progress(QueuedJob job, double fraction, String stage) {
        jdbc.sql("UPDATE engine_training_job SET progress = ?, stage = ?, heartbeat_at = ?, version = version + 1 "
                        + "WHERE id = ? AND tenant_id = ? AND status = 'RUNNING'")
                .params(
                        Math.max(0, Math.min(1, fraction)),
                        cut(stage, 40),
                        utcNow(),
                        job.id(),
                        job.tenant().value())
                .update();
    }

    void succeeded(QueuedJob job, long modelId) {
        var now = utcNow();
        jdbc.sql("UPDATE engine_training_job SET status = 'SUCCEEDED', progress = 1, stage = 'done', model_id = ?, "
                        + "finished_at = ?, heartbeat_at = ?, version = version + 1 WHERE id = ? AND tenant_id = ?")
                .params(modelId, now, now, job.id(), job.tenant().value())
                .update();
    }

    void failed(QueuedJob job, String reason) {
        var now = utcNow();
        jdbc.sql("UPDATE engine_training_job SET status = 'FAILED', stage = 'failed', error = ?, finished_at = ?, "
                        + "heartbeat_at = ?, version = version + 1 WHERE id = ? AND tenant_id = ?")
                .params(
                        cut(reason, TrainingJob.MAX_ERROR),
                        now,
                        now,
                        job.id(),
                        job.tenant().value())
                .update();
    }

    /** Fails running jobs whose replica stopped reporting (it crashed or was killed); returns how many. */
    int failAbandonedAcrossTenants(Duration silentFor) {
        var now = utcNow();
        return jdbc.sql("UPDATE engine_training_job SET status = 'FAILED', stage = 'failed', "
                        + "error = 'Interrupted: the replica running it stopped', finished_at = ?, "
                        + "version = version + 1 WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .params(now, now.minus(silentFor))
                .update();
    }

    /** Wall-clock UTC, as Hibernate stores instants here ({@code hibernate.jdbc.time_zone=UTC}). */
    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    record QueuedJob(long id, TenantId tenant, boolean autoPublish, String requestedBy) {}
}
