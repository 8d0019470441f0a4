package io.shopdesk.handoff.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shopdesk.conversation.HandoffRequested;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts handoffs per tenant ({@code shopdesk.handoffs.requested}) from {@link HandoffRequested}, once the handoff
 * has committed. The {@code reason} tag is the type of the rule that decided ({@code explicit_request},
 * {@code low_confidence}, {@code negative_sentiment}, ... in lower case), never the rule's name: names are free
 * text that tenant admins write, and every distinct tag value would be a time series of its own. A customer's own
 * request that no rule covers counts as {@code explicit_request}; a rule renamed or deleted since as {@code other}.
 */
@Component
class HandoffMetrics {

    static final String HANDOFFS = "shopdesk.handoffs.requested";

    private static final Logger log = LoggerFactory.getLogger(HandoffMetrics.class);

    private final MeterRegistry registry;
    private final PolicyCache policies;

    HandoffMetrics(MeterRegistry registry, PolicyCache policies) {
        this.registry = registry;
        this.policies = policies;
    }

    @EventListener
    void on(HandoffRequested requested) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count(requested);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count(requested);
            }
        });
    }

    private void count(HandoffRequested requested) {
        try {
            counter(requested).increment();
        } catch (RuntimeException failed) {
            // A metric must never fail the handoff, which has committed anyway
            log.warn("Could not count a handoff of {}", requested.tenant(), failed);
        }
    }

    private Counter counter(HandoffRequested requested) {
        return Counter.builder(HANDOFFS)
                .description("Conversations handed to people, by the type of the handoff rule that decided")
                .tag("tenant", requested.tenant().value())
                .tag("reason", reason(requested))
                .tag("take_message", Boolean.toString(requested.takeMessage()))
                .register(registry);
    }

    private String reason(HandoffRequested requested) {
        var type = policies.rulesFor(requested.tenant()).stream()
                .filter(rule -> rule.name().equals(requested.reason()))
                .map(HandoffRule::type)
                .findFirst()
                .orElse("customer_asked".equals(requested.reason()) ? HandoffRuleType.EXPLICIT_REQUEST : null);
        return type == null ? "other" : type.name().toLowerCase(Locale.ROOT);
    }
}
