package io.shopdesk.orders;

import static io.shopdesk.testing.ChatHttpClient.YUNSHANG_DEMO_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Order questions through the chat API against a real local HTTP server standing in for the merchants' order
 * systems: the answer in the customer's language with the mapped fields and the auth header sent, not found, a
 * failing and a slow order system, refused addresses, the order on the agent's side, and that one tenant's settings
 * and looked-up orders never serve another. Also the demo tenant's lookup against the demo order service.
 */
@IntegrationTest
class OrderLookupIntegrationTest {

    private static final String ORDER = """
            {"order": {"state": "Shipped", "shipment": {"carrier": "%s", "trackingNo": "SF1405982736"},
             "eta": "2026-12-05", "events": [{"text": "Left the Hangzhou hub"}]}}
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    OrderLookupManagement lookup;

    @Autowired
    OrderLookups lookups;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;
    HttpServer orderSystem;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger requestCount = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        chat = new ChatHttpClient(port);
        orderSystem = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        orderSystem.createContext("/a/", exchange -> serve(exchange, "Tenant-A Express"));
        orderSystem.createContext("/b/", exchange -> serve(exchange, "Tenant-B Express"));
        orderSystem.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        orderSystem.start();
    }

    @AfterEach
    void stop() {
        orderSystem.stop(0);
    }

    private void serve(HttpExchange exchange, String carrier) throws IOException {
        requestCount.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        requests.add(path + " key=" + exchange.getRequestHeaders().getFirst("X-Api-Key"));
        String number = path.substring(path.lastIndexOf('/') + 1);
        int status = 200;
        String body = ORDER.formatted(carrier);
        if (number.startsWith("NF")) {
            status = 404;
            body = "{\"error\": \"not found\"}";
        } else if (number.startsWith("ER")) {
            status = 500;
            body = "java.lang.IllegalStateException: at com.merchant.OrderService";
        } else if (number.startsWith("SL")) {
            try {
                Thread.sleep(3500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private ChatTenant tenantLookingUpAt(String path, String key) {
        var tenant = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                tenant.tenant().admin(),
                () -> lookup.save(
                        draft("http://127.0.0.1:" + orderSystem.getAddress().getPort() + path + "{orderNumber}", key)));
        return tenant;
    }

    private static OrderLookupDraft draft(String url, String key) {
        return new OrderLookupDraft(
                true,
                url,
                "X-Api-Key",
                key,
                OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN,
                new OrderFieldMapping(
                        "order.state",
                        "/order/shipment/carrier",
                        "order.shipment.trackingNo",
                        "order.eta",
                        "order.events[0].text"));
    }

    /** The bot's reply (the second message of the exchange) to one customer message in a new conversation. */
    private JsonNode ask(String key, String locale, String text) {
        String conversation = chat.start(key, locale).body().path("id").asString();
        var reply = chat.send(key, conversation, "m1", text);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private static String botText(JsonNode exchange) {
        return exchange.path("messages").get(1).path("text").asString();
    }

    @Test
    void an_order_question_is_answered_from_the_order_system_in_english_with_the_auth_header_sent() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        var reply = ask(shop.key(), "en", "Hi, where is my order AB-12345?");
        assertThat(reply.path("messages").get(1).path("kind").asString()).isEqualTo("ANSWER");
        assertThat(botText(reply))
                .isEqualTo("Order AB-12345: Shipped. Carrier: Tenant-A Express. Tracking number: SF1405982736."
                        + " Estimated delivery: 2026-12-05. Latest update: Left the Hangzhou hub.");
        assertThat(requests).containsExactly("/a/AB-12345 key=key-of-a-0123456789");
    }

    @Test
    void a_chinese_question_is_answered_in_chinese() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        String text = botText(ask(shop.key(), "zh-CN", "我的订单AB-12345到哪了？"));
        assertThat(text).startsWith("订单 AB-12345：Shipped。").contains("承运快递：Tenant-A Express。");
    }

    @Test
    void an_unknown_order_gets_a_clear_not_found_answer() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        var reply = ask(shop.key(), "en", "Where is my order NF-99999");
        assertThat(botText(reply))
                .isEqualTo("I could not find an order with the number NF-99999. Please check the"
                        + " number, or ask for a person if you need help.");
        assertThat(reply.path("messages").get(1).path("kind").asString()).isEqualTo("ANSWER");
    }

    @Test
    void a_failing_or_slow_order_system_gets_a_polite_offer_of_a_person_and_no_trace_of_the_error() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        var failed = ask(shop.key(), "en", "tracking for ER-10001 please");
        assertThat(botText(failed))
                .isEqualTo("Sorry, I cannot look up order ER-10001 right now. Would you like to talk to a person?");
        assertThat(failed.path("messages").get(1).path("kind").asString()).isEqualTo("FALLBACK");
        assertThat(failed.toString()).doesNotContain("Exception").doesNotContain("com.merchant");

        long started = System.nanoTime();
        var slow = ask(shop.key(), "en", "has SL-10001 shipped?");
        assertThat(botText(slow)).startsWith("Sorry, I cannot look up order SL-10001 right now.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3300);
    }

    @Test
    void a_message_that_is_not_an_order_question_never_reaches_the_order_system() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        ask(shop.key(), "en", "Do you sell AB-12345 in blue?");
        assertThat(requestCount).hasValue(0);
    }

    @Test
    void bad_settings_are_field_errors_and_change_nothing() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        String admin = shop.tenant().admin();
        var before = users.as(admin, lookup::current);
        for (var bad : List.of(
                draft("http://169.254.169.254/latest/{orderNumber}", null),
                draft("file:///etc/{orderNumber}", null),
                new OrderLookupDraft(true, before.urlTemplate(), null, null, "([0-9]+", before.mapping()),
                new OrderLookupDraft(
                        true,
                        before.urlTemplate(),
                        null,
                        null,
                        "[0-9]{5}",
                        new OrderFieldMapping(" ", null, null, null, null)))) {
            assertThatThrownBy(() -> users.run(admin, () -> lookup.save(bad)))
                    .isInstanceOf(BusinessRuleException.class);
        }
        assertThat(users.as(admin, lookup::current)).isEqualTo(before);
        assertThat(before.authHeaderHint()).isEqualTo("••••6789");
        assertThat(jdbc.sql("SELECT auth_header_value FROM order_lookup_settings WHERE tenant_id = ?")
                        .param(shop.tenant().id().value())
                        .query(String.class)
                        .single())
                .doesNotContain("key-of-a");
        assertThat(jdbc.sql("SELECT CONCAT(actor, ' ', action, ' ', after_summary) FROM audit_entry"
                                + " WHERE tenant_id = ? AND action = 'orders.lookup-saved'")
                        .param(shop.tenant().id().value())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith(admin + " orders.lookup-saved enabled=true")
                .contains("X-Api-Key ••••6789")
                .doesNotContain("key-of-a");
    }

    @Test
    void the_admin_test_shows_the_mapped_order_and_a_refused_address_fails_without_a_request() {
        var shop = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        String admin = shop.tenant().admin();
        var found = users.as(admin, () -> lookup.test("AB-777"));
        assertThat(found.order()).map(OrderDetails::carrier).contains("Tenant-A Express");
        assertThat(users.as(admin, () -> lookup.test("NF-1")).outcome()).isEqualTo(OrderLookupResult.Outcome.NOT_FOUND);
        // Stored before a rule change or through a DNS change: the guard refuses at call time as well.
        jdbc.sql("UPDATE order_lookup_settings SET url_template = ? WHERE tenant_id = ?")
                .params(
                        "http://169.254.169.254/{orderNumber}",
                        shop.tenant().id().value())
                .update();
        var refused = users.as(admin, () -> lookup.test("AB-778"));
        assertThat(refused.outcome()).isEqualTo(OrderLookupResult.Outcome.FAILED);
        assertThat(refused.problem()).contains("not public");
    }

    @Test
    void each_tenant_uses_only_its_own_settings_and_sees_only_its_own_looked_up_orders() {
        var a = tenantLookingUpAt("/a/", "key-of-a-0123456789");
        var b = tenantLookingUpAt("/b/", "key-of-b-0123456789");
        String conversationOfA = chat.start(a.key(), "en").body().path("id").asString();
        var replyToA = chat.send(a.key(), conversationOfA, "m1", "where is order AB-12345");
        var replyToB = ask(b.key(), "en", "where is order AB-12345");

        assertThat(replyToA.body().toString()).contains("Tenant-A Express").doesNotContain("Tenant-B");
        assertThat(botText(replyToB)).contains("Tenant-B Express").doesNotContain("Tenant-A");
        assertThat(requests)
                .containsExactlyInAnyOrder(
                        "/a/AB-12345 key=key-of-a-0123456789", "/b/AB-12345 key=key-of-b-0123456789");

        assertThat(users.as(a.tenant().agent(), () -> lookups.lastIn(conversationOfA)))
                .map(LookedUpOrder::details)
                .map(OrderDetails::carrier)
                .contains("Tenant-A Express");
        assertThat(users.as(b.tenant().agent(), () -> lookups.lastIn(conversationOfA)))
                .isEmpty();
        assertThat(users.as(b.tenant().admin(), lookup::current).urlTemplate()).contains("/b/");
    }

    @Test
    void the_demo_tenant_answers_from_the_demo_order_service_out_of_the_box() {
        String text = botText(ask(YUNSHANG_DEMO_KEY, "zh-CN", "我的订单YS20261001到哪了"));
        assertThat(text).startsWith("订单 YS20261001：已发货。").contains("顺丰速运").contains("SF1405982736");
        assertThat(botText(ask(YUNSHANG_DEMO_KEY, "zh-CN", "查一下订单YS29999999的物流")))
                .startsWith("没有查到订单号为 YS29999999 的订单");
    }
}
