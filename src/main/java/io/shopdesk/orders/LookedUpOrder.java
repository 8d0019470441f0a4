package io.shopdesk.orders;

import java.time.Instant;

/**
 * The order the bot last looked up in a conversation, for the agent who takes it over.
 *
 * @param details the order as found, {@code null} when it was not found or the lookup failed
 */
public record LookedUpOrder(
        String orderNumber, OrderLookupResult.Outcome outcome, OrderDetails details, Instant lookedUpAt) {}
