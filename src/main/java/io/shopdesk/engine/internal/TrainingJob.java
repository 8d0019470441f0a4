package io.shopdesk.engine.internal;

import io.shopdesk.engine.TrainingJobStatus;
import io.shopdesk.engine.TrainingJobSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A request to train a tenant's model, and how far it got. */
@Entity
@Table(name = "engine_training_job")
public class TrainingJob {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Enumerated(EnumType.STRING)
    private TrainingJobStatus status;

    private double progress;

    private String stage;

    private int priority;

    @Column(name = "auto_publish")
    private boolean autoPublish;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "model_id")
    private Long modelId;

    private String error;

    @Version
    private long version;

    protected TrainingJob() {}

    TrainingJob(boolean autoPublish, String requestedBy, Instant requestedAt) {
        this.status = TrainingJobStatus.QUEUED;
        this.autoPublish = autoPublish;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    Long id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    TrainingJobStatus status() {
        return status;
    }

    boolean autoPublish() {
        return autoPublish;
    }

    String requestedBy() {
        return requestedBy;
    }

    void start(Instant now) {
        status = TrainingJobStatus.RUNNING;
        startedAt = now;
        stage = "preparing";
    }

    void progress(double fraction, String stage) {
        this.progress = Math.max(0, Math.min(1, fraction));
        this.stage = stage;
    }

    void succeed(Long modelId, Instant now) {
        status = TrainingJobStatus.SUCCEEDED;
        progress = 1;
        stage = "done";
        this.modelId = modelId;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        status = TrainingJobStatus.FAILED;
        stage = "failed";
        error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        finishedAt = now;
    }

    Long modelId() {
        return modelId;
    }

    TrainingJobSummary summary(int modelVersion) {
        return new TrainingJobSummary(
                id, status, progress, stage, autoPublish, requestedAt, startedAt, finishedAt, modelVersion, error);
    }
}
