package io.shopdesk.orders.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a question about where an order is, cheaply: one precompiled keyword check (zh and en) that every
 * message pays, and only for a message that passes it the tenant's order-number pattern (group 1 when the pattern
 * has a group, else the whole match).
 */
public final class OrderQuestionRecogniser {

    private static final Pattern ORDER_WORDS = Pattern.compile(
            "订单|物流|快递|包裹|运单|发货|到哪|单号|查单|配送"
                    + "|\\b(?:orders?|tracking|track|shipped|shipping|shipment|delivery|delivered|parcel|package"
                    + "|dispatched|courier)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LENGTH = 500;

    private OrderQuestionRecogniser() {}

    /** Whether the message speaks of orders or delivery at all (the only check non-order messages pay). */
    public static boolean mentionsOrders(String text) {
        return text != null
                && text.length() <= MAX_LENGTH
                && ORDER_WORDS.matcher(text).find();
    }

    /** The order number the customer asks about, when the message is an order question that holds one. */
    public static Optional<String> orderNumber(String text, Pattern orderNumbers) {
        if (!mentionsOrders(text)) {
            return Optional.empty();
        }
        var matcher = orderNumbers.matcher(text);
        while (matcher.find()) {
            String number = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
            if (number != null && !number.isBlank() && number.length() <= 64) {
                return Optional.of(number.strip());
            }
        }
        return Optional.empty();
    }
}
