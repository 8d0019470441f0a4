package io.shopdesk.orders;

/**
 * A tenant's order lookup as its admins see it. The auth header's value is never returned: only whether one is
 * stored and its last characters.
 *
 * @param urlTemplate the endpoint, with {@code {orderNumber}} where the number goes
 * @param authHeaderName the header sent with every request, {@code null} for none
 * @param authHeaderHint the stored value masked (such as {@code ••••f00d}), {@code null} when none is stored
 * @param orderNumberPattern the regular expression that finds an order number in a message (group 1 if it has one)
 */
public record OrderLookupSettings(
        boolean enabled,
        String urlTemplate,
        String authHeaderName,
        String authHeaderHint,
        String orderNumberPattern,
        OrderFieldMapping mapping) {

    /** Finds numbers such as {@code YS20260001}, {@code BW-10042} or {@code 2026120300017} in zh and en text. */
    public static final String DEFAULT_ORDER_NUMBER_PATTERN =
            "(?<![A-Za-z0-9-])([A-Za-z]{0,4}-?[0-9]{5,20})(?![A-Za-z0-9])";

    /** What a tenant that never saved its lookup sees: switched off, with the default pattern and mapping. */
    public static OrderLookupSettings unconfigured() {
        return new OrderLookupSettings(
                false,
                "",
                null,
                null,
                DEFAULT_ORDER_NUMBER_PATTERN,
                new OrderFieldMapping("status", "carrier", "trackingNumber", "estimatedDelivery", "lastUpdate"));
    }
}
