package io.shopdesk.engine.internal;

import io.shopdesk.engine.ModelStatus;
import io.shopdesk.engine.ModelVersionSummary;
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

/** A trained model version of a tenant; its bytes are stored apart, in chunks (see {@link ModelBytes}). */
@Entity
@Table(name = "engine_model")
public class EngineModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "model_version")
    private int modelVersion;

    private int revision;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    private String language;

    private int labels;

    private int examples;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "training_seconds")
    private double trainingSeconds;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    private String note;

    @Version
    private long version;

    protected EngineModel() {}

    EngineModel(
            int modelVersion,
            String language,
            int labels,
            int examples,
            long sizeBytes,
            double trainingSeconds,
            Instant createdAt,
            String createdBy) {
        this.modelVersion = modelVersion;
        this.revision = 0;
        this.status = ModelStatus.CANDIDATE;
        this.language = language;
        this.labels = labels;
        this.examples = examples;
        this.sizeBytes = sizeBytes;
        this.trainingSeconds = trainingSeconds;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    int modelVersion() {
        return modelVersion;
    }

    int revision() {
        return revision;
    }

    ModelStatus status() {
        return status;
    }

    void goLive(Instant now) {
        status = ModelStatus.LIVE;
        publishedAt = now;
    }

    void retire() {
        status = ModelStatus.RETIRED;
    }

    void discard() {
        status = ModelStatus.DISCARDED;
    }

    /** Records an incremental update written over this model's bytes. */
    void revised(int labels, int examples, long sizeBytes) {
        this.revision++;
        this.labels = labels;
        this.examples = examples;
        this.sizeBytes = sizeBytes;
    }

    ModelVersionSummary summary() {
        return new ModelVersionSummary(
                modelVersion,
                status,
                language,
                labels,
                examples,
                sizeBytes,
                trainingSeconds,
                createdAt,
                createdBy,
                publishedAt);
    }
}
