package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.util.Optional;

/**
 * Port: answers a customer's question about one of their orders from the shop's own order system before the engine
 * sees it, implemented by the orders module. Called for every bot turn outside any transaction, with the tenant set
 * in {@code TenantContext}: it must return empty at once for messages that are not order questions, must never
 * throw, and waits for the order system only a bounded time.
 */
public interface OrderQuestionAnswerer {

    /**
     * The bot's answer to an order question, or empty when the message is not one (the engine answers it then).
     *
     * @param conversationId the conversation's public id
     * @param locale the conversation's language tag
     */
    Optional<OrderAnswer> answer(TenantId tenant, String conversationId, String locale, String text);

    /**
     * What the bot says to an order question.
     *
     * @param answered whether the shop's order system answered (found or not found); {@code false} when it failed
     *     and the text offers a person
     */
    record OrderAnswer(String text, boolean answered) {}
}
