package io.shopdesk.connector.outbox;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox on every replica every {@code shopdesk.channel.outbox.interval} (the claims keep replicas apart),
 * and has {@link OutboxPurge} delete old rows every {@code shopdesk.channel.outbox.sweep}. Off with {@code
 * shopdesk.channel.outbox.scheduled=false}, as in the tests, which call {@link OutboxWorker#deliverDue} themselves.
 */
@Component
@ConditionalOnProperty(name = "shopdesk.channel.outbox.scheduled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    /** Full batches handled in a row before the next interval starts, so one run cannot go on for ever. */
    private static final int MAX_BATCHES = 20;

    private final OutboxWorker worker;
    private final OutboxPurge purge;
    private final Clock clock;

    OutboxSchedule(OutboxWorker worker, OutboxPurge purge, Clock clock) {
        this.worker = worker;
        this.purge = purge;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${shopdesk.channel.outbox.interval:5s}",
            initialDelayString = "${shopdesk.channel.outbox.interval:5s}")
    void deliver() {
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            if (worker.deliverDue(clock.instant()) < worker.batchSize()) {
                return;
            }
        }
    }

    @Scheduled(fixedDelayString = "${shopdesk.channel.outbox.sweep:1h}", initialDelayString = "10m")
    void forgetFinished() {
        purge.purge(clock.instant());
    }
}
