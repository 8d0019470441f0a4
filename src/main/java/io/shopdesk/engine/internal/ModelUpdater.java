package io.shopdesk.engine.internal;

import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.shared.TenantId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the live model in step with the FAQ without retraining: after each committed change the changed entries'
 * old examples are dropped and their current ones added, so a new entry or similar question is answered within
 * seconds. A tenant without any model gets its first training run instead (published when done). A change that
 * arrives while the tenant trains is applied to the new model once it is stored.
 */
@Component
class ModelUpdater {

    private static final Logger log = LoggerFactory.getLogger(ModelUpdater.class);
    private static final int ATTEMPTS = 3;

    private final ModelRegistry registry;
    private final TrainingDataAssembler assembler;
    private final TrainingRuns runs;
    private final TrainingJobs jobs;
    private final ConcurrentHashMap<TenantId, ReentrantLock> locks = new ConcurrentHashMap<>();

    ModelUpdater(ModelRegistry registry, TrainingDataAssembler assembler, TrainingRuns runs, TrainingJobs jobs) {
        this.registry = registry;
        this.assembler = assembler;
        this.runs = runs;
        this.jobs = jobs;
    }

    // Not @ApplicationModuleListener: that runs the listener in a transaction, and the tenant must be switched
    // before one opens. The event publication registry still records and completes this transactional listener.
    @Async
    @TransactionalEventListener
    void on(KnowledgeChanged event) {
        if (event.entryIds().isEmpty()) {
            return;
        }
        if (runs.rememberIfTraining(event.tenant(), event.entryIds())) {
            return;
        }
        apply(event.tenant(), event.entryIds());
    }

    /** Brings the live model up to date with the current state of the given entries. */
    void apply(TenantId tenant, Set<Long> entryIds) {
        var lock = locks.computeIfAbsent(tenant, key -> new ReentrantLock());
        lock.lock();
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                var live = registry.live(tenant);
                if (live.isEmpty()) {
                    jobs.requestUnlessOpen(tenant, false);
                    return;
                }
                var delta = assembler.delta(tenant, entryIds);
                var updated =
                        live.get().model().withoutLabels(delta.changedLabels()).withExamples(delta.examples());
                try {
                    var revised = registry.revise(
                            live.get().live(), updated, delta.examples().size());
                    log.info(
                            "Model v{}.{} of {}: {} entries updated without retraining",
                            revised.version(),
                            revised.revision(),
                            tenant,
                            entryIds.size());
                    return;
                } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                    log.debug("Live model of {} changed while updating it; attempt {}", tenant, attempt);
                }
            }
            log.warn("Could not update the live model of {} after {} attempts", tenant, ATTEMPTS);
        } finally {
            lock.unlock();
        }
    }
}
