package io.shopdesk.orders;

/**
 * Where the order system's JSON response holds each field: a JSON pointer ({@code /shipment/carrier}) or a dotted
 * path ({@code shipment.carrier}, {@code events[0].time}). Only {@code status} is required; a blank path means the
 * field is not shown.
 */
public record OrderFieldMapping(
        String status, String carrier, String trackingNumber, String estimatedDelivery, String lastUpdate) {}
