package io.shopdesk.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.orders.OrderFieldMapping;
import io.shopdesk.orders.OrderLookupDraft;
import io.shopdesk.orders.OrderLookupSettings;
import io.shopdesk.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class OrderSettingsRulesTest {

    private static final EndpointGuard GUARD = new EndpointGuard(false);
    private static final OrderFieldMapping MAPPING = new OrderFieldMapping("status", "carrier", " ", null, null);

    private static OrderLookupDraft draft(String url, String header, String pattern, OrderFieldMapping mapping) {
        return new OrderLookupDraft(true, url, header, "secret", pattern, mapping);
    }

    private static void refusedOn(OrderLookupDraft draft, String field, String key) {
        assertThatThrownBy(() -> OrderSettingsRules.check(draft, GUARD))
                .isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void good_settings_are_trimmed_and_blank_paths_dropped() {
        var valid = OrderSettingsRules.check(
                draft(
                        " https://93.184.215.14/orders/{orderNumber} ",
                        "X-Api-Key",
                        OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN,
                        MAPPING),
                GUARD);
        assertThat(valid.urlTemplate()).isEqualTo("https://93.184.215.14/orders/{orderNumber}");
        assertThat(valid.mapping()).isEqualTo(new OrderFieldMapping("status", "carrier", null, null, null));
    }

    @Test
    void bad_urls_are_field_errors() {
        String pattern = OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN;
        refusedOn(draft("", null, pattern, MAPPING), "urlTemplate", "orders.error.url-required");
        refusedOn(
                draft("https://93.184.215.14/orders", null, pattern, MAPPING),
                "urlTemplate",
                "orders.error.url-placeholder");
        refusedOn(draft("https://exa mple/{orderNumber}", null, pattern, MAPPING), "urlTemplate", "orders.error.url");
        refusedOn(
                draft("file:///tmp/{orderNumber}", null, pattern, MAPPING), "urlTemplate", "orders.error.url-refused");
        refusedOn(
                draft("http://10.0.0.5/{orderNumber}", null, pattern, MAPPING),
                "urlTemplate",
                "orders.error.url-refused");
    }

    @Test
    void bad_headers_patterns_and_mappings_are_field_errors() {
        String url = "https://93.184.215.14/orders/{orderNumber}";
        String pattern = OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN;
        refusedOn(draft(url, "X Api Key", pattern, MAPPING), "authHeaderName", "orders.error.header-name");
        refusedOn(
                new OrderLookupDraft(true, url, "X-Key", "a\r\nInjected: 1", pattern, MAPPING),
                "authHeaderValue",
                "orders.error.header-value");
        refusedOn(draft(url, null, "([A-Z]+", MAPPING), "orderNumberPattern", "orders.error.pattern");
        refusedOn(draft(url, null, "[0-9]*", MAPPING), "orderNumberPattern", "orders.error.pattern-empty");
        refusedOn(draft(url, null, " ", MAPPING), "orderNumberPattern", "orders.error.pattern-required");
        refusedOn(
                draft(url, null, pattern, new OrderFieldMapping("", "carrier", null, null, null)),
                "mapping.status",
                "orders.error.status-required");
        refusedOn(draft(url, null, pattern, null), "mapping.status", "orders.error.status-required");
        refusedOn(
                draft(url, null, pattern, new OrderFieldMapping("status", "a..b", null, null, null)),
                "mapping.carrier",
                "orders.error.path");
    }

    @Test
    void switched_off_settings_may_leave_the_url_empty() {
        var valid = OrderSettingsRules.check(new OrderLookupDraft(false, "", null, null, "\\d{6}", MAPPING), GUARD);
        assertThat(valid.enabled()).isFalse();
    }
}
