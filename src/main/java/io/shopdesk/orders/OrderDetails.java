package io.shopdesk.orders;

/** An order as the shop's order system described it, mapped; fields other than the status may be {@code null}. */
public record OrderDetails(
        String orderNumber,
        String status,
        String carrier,
        String trackingNumber,
        String estimatedDelivery,
        String lastUpdate) {}
