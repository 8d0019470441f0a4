package io.shopdesk.orders.internal;

import io.shopdesk.conversation.OrderQuestionAnswerer;
import io.shopdesk.orders.OrderLookupResult;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers order questions for the chat runtime: a message that mentions orders, of a tenant with an enabled lookup,
 * holding a number that matches the tenant's pattern, is looked up in the tenant's order system, remembered on the
 * conversation, and answered in the conversation's language. Anything else is left to the engine.
 */
@Component
class OrderQuestions implements OrderQuestionAnswerer {

    private static final Logger log = LoggerFactory.getLogger(OrderQuestions.class);

    private final OrderLookupStore settings;
    private final OrderEndpointClient client;
    private final OrderAnswerTexts texts;
    private final ConversationOrderRepository remembered;
    private final TransactionTemplate writes;
    private final Clock clock;

    OrderQuestions(
            OrderLookupStore settings,
            OrderEndpointClient client,
            OrderAnswerTexts texts,
            ConversationOrderRepository remembered,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.settings = settings;
        this.client = client;
        this.texts = texts;
        this.remembered = remembered;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Optional<OrderAnswer> answer(TenantId tenant, String conversationId, String locale, String text) {
        if (!OrderQuestionRecogniser.mentionsOrders(text)) {
            return Optional.empty();
        }
        try {
            var lookup = settings.activeFor(tenant);
            if (lookup.isEmpty()) {
                return Optional.empty();
            }
            var number = OrderQuestionRecogniser.orderNumber(
                    text, lookup.get().settings().orderNumbers());
            if (number.isEmpty()) {
                return Optional.empty();
            }
            var result = client.lookUp(tenant.value(), lookup.get(), number.get());
            remember(conversationId, result);
            return Optional.of(new OrderAnswer(
                    texts.answer(result, locale), result.outcome() != OrderLookupResult.Outcome.FAILED));
        } catch (RuntimeException e) {
            log.warn("Order question of {} left to the engine: {}", tenant, e.toString());
            return Optional.empty();
        }
    }

    /** The tenant is already set by the chat runtime; a lost race with a parallel lookup keeps the other's row. */
    private void remember(String conversationId, OrderLookupResult result) {
        try {
            writes.executeWithoutResult(status -> {
                var row = remembered
                        .findByConversationId(conversationId)
                        .orElseGet(() -> new ConversationOrderRow(conversationId));
                row.record(result, clock.instant());
                remembered.save(row);
            });
        } catch (DataAccessException e) {
            log.warn(
                    "Order {} not remembered on conversation {}: {}",
                    result.orderNumber(),
                    conversationId,
                    e.toString());
        }
    }
}
