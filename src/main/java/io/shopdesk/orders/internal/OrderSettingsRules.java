package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderFieldMapping;
import io.shopdesk.orders.OrderLookupDraft;
import io.shopdesk.shared.BusinessRuleException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks an admin's order lookup settings, failing on the first bad field with a field error: the URL (http or
 * https, with {@code {orderNumber}}, on an address the {@link EndpointGuard} allows), the header name (a token) and
 * value (one line), the order-number pattern (a valid regular expression that cannot match nothing) and the mapping
 * (a status path; every path readable by {@link OrderJsonMapping}).
 */
public final class OrderSettingsRules {

    public static final String PLACEHOLDER = "{orderNumber}";
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}");
    private static final Pattern HEADER_VALUE = Pattern.compile("[^\\r\\n\\x00]{1,500}");

    private OrderSettingsRules() {}

    public static ValidSettings check(OrderLookupDraft draft, EndpointGuard guard) {
        String url = blankToNull(draft.urlTemplate());
        if (url == null) {
            if (draft.enabled()) {
                throw BusinessRuleException.onField("urlTemplate", "orders.error.url-required");
            }
        } else {
            checkUrl(url, guard);
        }
        String header = blankToNull(draft.authHeaderName());
        if (header != null && !HEADER_NAME.matcher(header).matches()) {
            throw BusinessRuleException.onField("authHeaderName", "orders.error.header-name");
        }
        String value = blankToNull(draft.authHeaderValue());
        if (value != null && !HEADER_VALUE.matcher(value).matches()) {
            throw BusinessRuleException.onField("authHeaderValue", "orders.error.header-value");
        }
        String pattern = blankToNull(draft.orderNumberPattern());
        if (pattern == null || pattern.length() > 200) {
            throw BusinessRuleException.onField("orderNumberPattern", "orders.error.pattern-required");
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw BusinessRuleException.onField("orderNumberPattern", "orders.error.pattern", e.getDescription());
        }
        if (compiled.matcher("").matches()) {
            throw BusinessRuleException.onField("orderNumberPattern", "orders.error.pattern-empty");
        }
        var mapping = draft.mapping() == null ? new OrderFieldMapping(null, null, null, null, null) : draft.mapping();
        var checked = new OrderFieldMapping(
                path("mapping.status", mapping.status(), true),
                path("mapping.carrier", mapping.carrier(), false),
                path("mapping.trackingNumber", mapping.trackingNumber(), false),
                path("mapping.estimatedDelivery", mapping.estimatedDelivery(), false),
                path("mapping.lastUpdate", mapping.lastUpdate(), false));
        return new ValidSettings(draft.enabled(), url == null ? "" : url, header, pattern, compiled, checked);
    }

    private static void checkUrl(String url, EndpointGuard guard) {
        if (url.length() > 500 || !url.contains(PLACEHOLDER)) {
            throw BusinessRuleException.onField("urlTemplate", "orders.error.url-placeholder");
        }
        URI uri;
        try {
            uri = new URI(url.replace(PLACEHOLDER, "12345"));
        } catch (URISyntaxException e) {
            throw BusinessRuleException.onField("urlTemplate", "orders.error.url");
        }
        guard.refusal(uri).ifPresent(reason -> {
            throw BusinessRuleException.onField("urlTemplate", "orders.error.url-refused", reason);
        });
    }

    private static String path(String field, String path, boolean required) {
        String value = blankToNull(path);
        if (value == null) {
            if (required) {
                throw BusinessRuleException.onField(field, "orders.error.status-required");
            }
            return null;
        }
        if (!OrderJsonMapping.isValidPath(value)) {
            throw BusinessRuleException.onField(field, "orders.error.path");
        }
        return value;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
