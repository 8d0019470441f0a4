package io.shopdesk.engine.internal;

import io.shopdesk.engine.ModelVersionSummary;
import io.shopdesk.engine.TrainingJobSummary;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the module's public {@code ModelTraining} service delegates to: queueing jobs, reading versions and jobs
 * of the current tenant (inside the caller's transaction), and changing which version is live.
 */
@Component
public class ModelLifecycle {

    private final TrainingJobRepository jobs;
    private final EngineModelRepository models;
    private final ModelRegistry registry;
    private final Clock clock;

    ModelLifecycle(TrainingJobRepository jobs, EngineModelRepository models, ModelRegistry registry, Clock clock) {
        this.jobs = jobs;
        this.models = models;
        this.registry = registry;
        this.clock = clock;
    }

    /** Queues a job for the current tenant; call inside a transaction with the tenant set. */
    public TrainingJobSummary queue(boolean publishWhenDone, String requestedBy) {
        var job = jobs.saveAndFlush(new TrainingJob(publishWhenDone, requestedBy, clock.instant()));
        return job.summary(0);
    }

    public Optional<TrainingJobSummary> latestJob() {
        return jobs.findFirstByOrderByRequestedAtDescIdDesc().map(job -> job.summary(versionOf(job.modelId())));
    }

    public List<ModelVersionSummary> versions() {
        return models.findAllByOrderByModelVersionDesc().stream()
                .map(EngineModel::summary)
                .toList();
    }

    public ModelVersionSummary summary(EngineModel model) {
        return model.summary();
    }

    public void publish(TenantId tenant, int version, boolean rollback) {
        registry.publish(tenant, version, rollback);
    }

    public void discard(TenantId tenant, int version) {
        registry.discard(tenant, version);
    }

    private int versionOf(Long modelId) {
        return modelId == null
                ? 0
                : models.findById(modelId).map(EngineModel::modelVersion).orElse(0);
    }
}
