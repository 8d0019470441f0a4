package io.shopdesk.engine;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.engine.internal.EngineModelRepository;
import io.shopdesk.engine.internal.ModelLifecycle;
import io.shopdesk.engine.internal.TrainingJobRepository;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's bot model for trainers: start a training run and follow its progress, see the version
 * history, publish a candidate, discard it, or roll back to an earlier version. Training runs in the background;
 * a run that fails never replaces the live model.
 */
@Service
public class ModelTraining {

    private final TrainingJobRepository jobs;
    private final EngineModelRepository models;
    private final ModelLifecycle lifecycle;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;

    ModelTraining(
            TrainingJobRepository jobs,
            EngineModelRepository models,
            ModelLifecycle lifecycle,
            AuditLog auditLog,
            CurrentUser currentUser,
            TransactionTemplate transactions) {
        this.jobs = jobs;
        this.models = models;
        this.lifecycle = lifecycle;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /**
     * Queues a training run of the current tenant's model. With {@code publishWhenDone} the new model goes live
     * as soon as it is trained; otherwise it waits as a candidate for a trainer to publish or discard.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    public TrainingJobSummary requestTraining(boolean publishWhenDone) {
        return requestTrainingAsSystem(TenantContext.require(), publishWhenDone);
    }

    /** Queues a training run without a signed-in trainer (tenant packs, the engine itself). */
    public TrainingJobSummary requestTrainingAsSystem(TenantId tenant, boolean publishWhenDone) {
        return TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    if (jobs.existsByStatusIn(EnumSet.of(TrainingJobStatus.QUEUED, TrainingJobStatus.RUNNING))) {
                        throw new BusinessRuleException("engine.error.training-running");
                    }
                    var job = lifecycle.queue(publishWhenDone, currentUser.actorName());
                    auditLog.record(
                            tenant, "engine.training-requested", "job " + job.id(), null, "publish=" + publishWhenDone);
                    return job;
                }));
    }

    /** The most recent training run of the current tenant, with its progress. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public Optional<TrainingJobSummary> latestJob() {
        return lifecycle.latestJob();
    }

    /** Every model version of the current tenant, newest first. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<ModelVersionSummary> versions() {
        return lifecycle.versions();
    }

    /** The version the current tenant's bot answers with, if any. */
    @PreAuthorize(Roles.HAS_TENANT_ROLE)
    @Transactional(readOnly = true)
    public Optional<ModelVersionSummary> liveVersion() {
        return models.findFirstByStatus(ModelStatus.LIVE).map(lifecycle::summary);
    }

    /** Makes a candidate the live model. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public void publish(int version) {
        lifecycle.publish(TenantContext.require(), version, false);
    }

    /** Makes an earlier (retired) version the live model again. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public void rollback(int version) {
        lifecycle.publish(TenantContext.require(), version, true);
    }

    /** Drops a candidate without publishing it. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public void discard(int version) {
        lifecycle.discard(TenantContext.require(), version);
    }
}
