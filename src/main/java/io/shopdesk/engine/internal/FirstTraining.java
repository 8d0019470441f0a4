package io.shopdesk.engine.internal;

import io.shopdesk.engine.TrainingJobStatus;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues training jobs; a tenant never has two open jobs queued by the engine itself. */
@Component
class FirstTraining {

    private final TrainingJobRepository jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FirstTraining(TrainingJobRepository jobs, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues a job that publishes its model, unless the tenant already has a queued or running job. */
    void requestUnlessQueued(TenantId tenant) {
        TenantContext.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    if (!jobs.existsByStatusIn(EnumSet.of(TrainingJobStatus.QUEUED, TrainingJobStatus.RUNNING))) {
                        jobs.save(new TrainingJob(true, "system", clock.instant()));
                    }
                }));
    }
}
