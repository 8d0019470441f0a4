package io.shopdesk.conversation.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The bot's metrics per tenant (docs/architecture.md, "Observability"): {@code shopdesk.bot.answers} by outcome and
 * {@code shopdesk.bot.confidence}, counted from {@link BotAnswered} once its turn has committed, and
 * {@code shopdesk.bot.answer.latency}, the time the runtime took from the question to the stored reply.
 *
 * <p>Exactly one count per bot turn: {@link BotAnswered} is published once per stored turn (a replayed client
 * message id stores and publishes nothing), and a plain listener that waits for the commit is neither counted for a
 * rolled-back turn nor recorded in the event publication registry, which would count it again when it republishes
 * incomplete publications after a restart.
 */
@Component
public class BotMetrics {

    static final String ANSWERS = "shopdesk.bot.answers";
    static final String CONFIDENCE = "shopdesk.bot.confidence";
    static final String LATENCY = "shopdesk.bot.answer.latency";

    /** Buckets rather than a percentile histogram: a few series per tenant instead of about seventy. */
    private static final double[] CONFIDENCE_BUCKETS = {0.3, 0.5, 0.7, 0.8, 0.9, 0.95};

    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5)
    };

    private static final Logger log = LoggerFactory.getLogger(BotMetrics.class);

    private final MeterRegistry registry;

    BotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(BotAnswered answered) {
        AfterCommit.run(() -> {
            try {
                count(answered);
            } catch (RuntimeException failed) {
                // A metric must never fail the customer's turn, which has committed anyway
                log.warn("Could not count a bot turn of {}", answered.tenant(), failed);
            }
        });
    }

    private void count(BotAnswered answered) {
        String tenant = answered.tenant().value();
        Counter.builder(ANSWERS)
                .description("Bot turns by outcome; CHOSEN is the answer to a suggestion the customer picked")
                .tag("tenant", tenant)
                .tag("outcome", answered.outcome().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
        // A pick among suggestions repeats an earlier candidate's confidence: not a new prediction of the model
        if (answered.outcome() != BotOutcome.CHOSEN) {
            DistributionSummary.builder(CONFIDENCE)
                    .description("Calibrated confidence of the model's best candidate per question")
                    .tag("tenant", tenant)
                    .serviceLevelObjectives(CONFIDENCE_BUCKETS)
                    .register(registry)
                    .record(answered.confidence());
        }
    }

    /** A question the engine answered took this long, from its arrival to the committed reply. */
    public void questionAnswered(TenantId tenant, long nanos) {
        try {
            Timer.builder(LATENCY)
                    .description("From a customer's question to the bot's stored reply")
                    .tag("tenant", tenant.value())
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry)
                    .record(Duration.ofNanos(nanos));
        } catch (RuntimeException failed) {
            log.warn("Could not time a bot turn of {}", tenant, failed);
        }
    }
}
