package io.shopdesk.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.orders.OrderDetails;
import io.shopdesk.orders.OrderFieldMapping;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrderJsonMappingTest {

    private static final JsonNode RESPONSE = JsonMapper.builder().build().readTree("""
                    {"data": {"state": "SHIPPED", "shipment": {"carrier": "SF Express", "tracking/no": "SF1",
                     "eta": "2026-12-05"}, "events": [{"at": "09:12", "text": "Hangzhou hub"}, {"at": "08:00"}],
                     "weight": 1.5, "note": null, "blank": "  "}}
                    """);

    @Test
    void json_pointers_and_dotted_paths_read_the_mapped_fields() {
        var order = OrderJsonMapping.order(
                RESPONSE,
                "YS1",
                new OrderFieldMapping(
                        "data.state",
                        "/data/shipment/carrier",
                        "/data/shipment/tracking~1no",
                        "data.shipment.eta",
                        "data.events[0].text"));
        assertThat(order)
                .contains(new OrderDetails("YS1", "SHIPPED", "SF Express", "SF1", "2026-12-05", "Hangzhou hub"));
    }

    @Test
    void missing_null_and_blank_values_are_absent_and_numbers_are_text() {
        assertThat(OrderJsonMapping.read(RESPONSE, "data.missing")).isNull();
        assertThat(OrderJsonMapping.read(RESPONSE, "data.note")).isNull();
        assertThat(OrderJsonMapping.read(RESPONSE, "data.blank")).isNull();
        assertThat(OrderJsonMapping.read(RESPONSE, "data.events[5].text")).isNull();
        assertThat(OrderJsonMapping.read(RESPONSE, "data.weight")).isEqualTo("1.5");
        assertThat(OrderJsonMapping.read(RESPONSE, "data.events[1]")).isEqualTo("{\"at\":\"08:00\"}");
        assertThat(OrderJsonMapping.read(RESPONSE, "")).isNull();
    }

    @Test
    void a_response_without_the_mapped_status_gives_no_order() {
        assertThat(OrderJsonMapping.order(RESPONSE, "YS1", new OrderFieldMapping("status", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void only_pointers_and_dotted_paths_are_valid_paths() {
        assertThat(OrderJsonMapping.isValidPath("/a/b")).isTrue();
        assertThat(OrderJsonMapping.isValidPath("a.b[0].c")).isTrue();
        assertThat(OrderJsonMapping.isValidPath("状态")).isTrue();
        assertThat(OrderJsonMapping.isValidPath("a..b")).isFalse();
        assertThat(OrderJsonMapping.isValidPath("a b")).isFalse();
        assertThat(OrderJsonMapping.isValidPath("a[x]")).isFalse();
        assertThat(OrderJsonMapping.isValidPath("$.a")).isFalse();
        assertThat(OrderJsonMapping.isValidPath(" ")).isFalse();
    }
}
