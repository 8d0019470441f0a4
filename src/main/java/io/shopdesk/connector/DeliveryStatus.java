package io.shopdesk.connector;

/**
 * Where an outbound delivery stands: {@code PENDING} until the channel accepted it ({@code DELIVERED}) or it was
 * given up ({@code FAILED}: refused for good, out of attempts, or the channel was revoked).
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
