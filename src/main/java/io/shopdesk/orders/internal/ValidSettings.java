package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderFieldMapping;
import java.util.regex.Pattern;

/** Order lookup settings that passed {@link OrderSettingsRules}: trimmed, blanks as {@code null}, pattern compiled. */
public record ValidSettings(
        boolean enabled,
        String urlTemplate,
        String authHeaderName,
        String orderNumberPattern,
        Pattern orderNumbers,
        OrderFieldMapping mapping) {}
