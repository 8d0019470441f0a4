package io.shopdesk.engine.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Training job metrics per tenant (docs/architecture.md, "Observability"): {@code shopdesk.training.started} when a
 * replica begins a job, {@code shopdesk.training.jobs} by {@code result} ({@code succeeded}, {@code failed}) when it
 * ends, and {@code shopdesk.training.duration} (by result) for how long it ran. Counted on the replica that ran
 * the job; Prometheus sums over replicas.
 */
@Component
class TrainingMetrics {

    static final String STARTED = "shopdesk.training.started";
    static final String JOBS = "shopdesk.training.jobs";
    static final String DURATION = "shopdesk.training.duration";

    private static final Duration[] DURATION_BUCKETS = {
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(5),
        Duration.ofMinutes(15)
    };

    private static final Logger log = LoggerFactory.getLogger(TrainingMetrics.class);

    private final MeterRegistry registry;

    TrainingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void started(TenantId tenant) {
        safely(
                tenant,
                () -> Counter.builder(STARTED)
                        .description("Training jobs this replica began")
                        .tag("tenant", tenant.value())
                        .register(registry)
                        .increment());
    }

    void succeeded(TenantId tenant, long nanos) {
        finished(tenant, "succeeded", nanos);
    }

    void failed(TenantId tenant, long nanos) {
        finished(tenant, "failed", nanos);
    }

    private void finished(TenantId tenant, String result, long nanos) {
        safely(tenant, () -> record(tenant, result, nanos));
    }

    /** A metric must never fail the training job it describes. */
    private static void safely(TenantId tenant, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.warn("Could not record a training metric of {}", tenant, failed);
        }
    }

    private void record(TenantId tenant, String result, long nanos) {
        Counter.builder(JOBS)
                .description("Training jobs that ended, by result")
                .tag("tenant", tenant.value())
                .tag("result", result)
                .register(registry)
                .increment();
        Timer.builder(DURATION)
                .description("How long a training job ran, by result")
                .tag("tenant", tenant.value())
                .tag("result", result)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
