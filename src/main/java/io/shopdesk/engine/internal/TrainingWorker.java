package io.shopdesk.engine.internal;

import io.shopdesk.engine.TrainingFailed;
import io.shopdesk.engine.internal.ModelRegistry.TrainingStats;
import io.shopdesk.engine.internal.TrainingJobs.QueuedJob;
import io.shopdesk.engine.internal.matching.Matching;
import io.shopdesk.engine.internal.matching.TrainingFailedException;
import io.shopdesk.shared.LogFields;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs queued training jobs in the background, a bounded number at a time per replica, reporting progress to the
 * job row. A run that fails, for whatever reason, marks its job failed and leaves the live model untouched.
 */
@Component
class TrainingWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TrainingWorker.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final TrainingJobs jobs;
    private final TrainingDataAssembler assembler;
    private final Matching matching;
    private final ModelRegistry registry;
    private final TrainingRuns runs;
    private final ModelUpdater updater;
    private final ApplicationEventPublisher events;
    private final TrainingMetrics metrics;
    private final int concurrency;
    private final Duration abandonedAfter;
    private final ExecutorService executor;
    private final AtomicInteger active = new AtomicInteger();

    TrainingWorker(
            TrainingJobs jobs,
            TrainingDataAssembler assembler,
            Matching matching,
            ModelRegistry registry,
            TrainingRuns runs,
            ModelUpdater updater,
            ApplicationEventPublisher events,
            TrainingMetrics metrics,
            @Value("${shopdesk.engine.training.concurrency:1}") int concurrency,
            @Value("${shopdesk.engine.training.abandoned-after:2m}") Duration abandonedAfter) {
        this.jobs = jobs;
        this.assembler = assembler;
        this.matching = matching;
        this.registry = registry;
        this.runs = runs;
        this.updater = updater;
        this.events = events;
        this.metrics = metrics;
        this.concurrency = concurrency;
        this.abandonedAfter = abandonedAfter;
        this.executor = Executors.newFixedThreadPool(concurrency, runnable -> {
            var thread = new Thread(runnable, "model-training");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    @Scheduled(
            initialDelayString = "${shopdesk.engine.training.poll-interval:1s}",
            fixedDelayString = "${shopdesk.engine.training.poll-interval:1s}")
    void takeQueuedJobs() {
        while (active.get() < concurrency) {
            var next = jobs.queuedAcrossTenants(concurrency).stream()
                    .filter(jobs::claim)
                    .findFirst();
            if (next.isEmpty()) {
                return;
            }
            active.incrementAndGet();
            executor.execute(() -> {
                try {
                    run(next.get());
                } finally {
                    active.decrementAndGet();
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${shopdesk.engine.training.abandoned-check:30s}")
    void failAbandonedJobs() {
        int failed = jobs.failAbandonedAcrossTenants(abandonedAfter);
        if (failed > 0) {
            log.warn("Marked {} training job(s) failed: their replica stopped reporting", failed);
        }
    }

    void run(QueuedJob job) {
        try (var ignored = MDC.putCloseable(LogFields.TENANT, job.tenant().value())) {
            train(job);
        }
    }

    private void train(QueuedJob job) {
        var tenant = job.tenant();
        long started = System.nanoTime();
        runs.started(tenant);
        metrics.started(tenant);
        try {
            var data = assembler.assemble(tenant, job.id());
            if (data.examples().isEmpty()) {
                throw new TrainingFailedException("The tenant has no published FAQ entries to learn from");
            }
            var lastReport = new AtomicLong();
            var model = matching.train(data, (fraction, stage) -> {
                long now = System.currentTimeMillis();
                if (now - lastReport.get() >= PROGRESS_EVERY_MILLIS) {
                    lastReport.set(now);
                    jobs.progress(job, fraction, stage);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            var stored = registry.store(
                    tenant,
                    model,
                    new TrainingStats(data.examples().size(), seconds),
                    job.requestedBy(),
                    job.autoPublish());
            jobs.succeeded(job, stored.modelId());
            metrics.succeeded(tenant, System.nanoTime() - started);
            log.info("Trained model v{} of {} in {} s", stored.version(), tenant, Math.round(seconds));
            var changed = runs.finished(tenant);
            if (stored.live() && !changed.isEmpty()) {
                updater.apply(tenant, changed);
            }
        } catch (TrainingFailedException | RuntimeException e) {
            runs.finished(tenant);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Training job {} of {} failed: {}", job.id(), tenant, reason, e);
            jobs.failed(job, reason);
            metrics.failed(tenant, System.nanoTime() - started);
            events.publishEvent(new TrainingFailed(tenant, job.id(), reason));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
