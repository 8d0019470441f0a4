package io.shopdesk.orders;

import java.util.Optional;

/**
 * What asking the order system for one order gave.
 *
 * @param details the mapped order, {@code null} unless {@link Outcome#FOUND}
 * @param problem for {@link Outcome#FAILED}, what went wrong in words for the tenant's admin (never shown to
 *     customers), else {@code null}
 */
public record OrderLookupResult(Outcome outcome, String orderNumber, OrderDetails details, String problem) {

    /** Found; not found (HTTP 404); or failed (refused address, timeout, error status, unreadable response). */
    public enum Outcome {
        FOUND,
        NOT_FOUND,
        FAILED
    }

    public static OrderLookupResult found(OrderDetails details) {
        return new OrderLookupResult(Outcome.FOUND, details.orderNumber(), details, null);
    }

    public static OrderLookupResult notFound(String orderNumber) {
        return new OrderLookupResult(Outcome.NOT_FOUND, orderNumber, null, null);
    }

    public static OrderLookupResult failed(String orderNumber, String problem) {
        return new OrderLookupResult(Outcome.FAILED, orderNumber, null, problem);
    }

    public Optional<OrderDetails> order() {
        return Optional.ofNullable(details);
    }
}
