package io.shopdesk.connector.outbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox on every replica every {@code shopdesk.channel.outbox.interval} (the claims keep replicas apart),
 * and deletes finished rows after {@code shopdesk.channel.outbox.keep}. Off with {@code
 * shopdesk.channel.outbox.scheduled=false}, as in the tests, which call {@link OutboxWorker#deliverDue} themselves.
 */
@Component
@ConditionalOnProperty(name = "shopdesk.channel.outbox.scheduled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    /** Full batches handled in a row before the next interval starts, so one run cannot go on for ever. */
    private static final int MAX_BATCHES = 20;

    private final OutboxWorker worker;
    private final OutboxRows rows;
    private final Clock clock;
    private final Duration keep;

    OutboxSchedule(
            OutboxWorker worker,
            OutboxRows rows,
            Clock clock,
            @Value("${shopdesk.channel.outbox.keep:30d}") Duration keep) {
        this.worker = worker;
        this.rows = rows;
        this.clock = clock;
        this.keep = keep;
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
        rows.deleteFinishedBefore(clock.instant().minus(keep));
    }
}
