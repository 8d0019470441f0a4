package io.shopdesk.orders.web;

import io.shopdesk.orders.internal.DemoOrders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for a merchant's order system, for the embedded default only ({@code
 * shopdesk.orders.demo-service.enabled=true}): {@code GET /demo/orders/{tenant}/{number}} with the demo shop's
 * {@code X-Api-Key} answers its demo order as JSON (nested, to show the field mapping), 404 for an unknown number,
 * 401 without the key.
 */
@RestController
@ConditionalOnProperty(name = "shopdesk.orders.demo-service.enabled", havingValue = "true")
class DemoOrderController {

    static final String BASE = "/demo/orders";

    private final DemoOrders demo;

    DemoOrderController(DemoOrders demo) {
        this.demo = demo;
    }

    @GetMapping(BASE + "/{tenant}/{number}")
    ResponseEntity<Map<String, Object>> order(
            @PathVariable String tenant,
            @PathVariable String number,
            @RequestHeader(name = "X-Api-Key", required = false) String key) {
        var shop = demo.shop(tenant);
        if (shop.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown shop"));
        }
        if (key == null
                || !MessageDigest.isEqual(
                        key.getBytes(StandardCharsets.UTF_8),
                        shop.get().apiKey().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing or wrong X-Api-Key"));
        }
        var order = shop.get().orders().get(number);
        if (order == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no such order"));
        }
        var shipment = new LinkedHashMap<String, Object>();
        shipment.put("carrier", order.carrier());
        shipment.put("trackingNo", order.trackingNumber());
        shipment.put("eta", order.estimatedDelivery());
        var body = new LinkedHashMap<String, Object>();
        body.put("orderNo", order.number());
        body.put("state", Map.of("label", order.status()));
        body.put("shipment", shipment);
        body.put("events", List.of(Map.of("text", order.lastUpdate() == null ? "" : order.lastUpdate())));
        return ResponseEntity.ok(body);
    }
}
