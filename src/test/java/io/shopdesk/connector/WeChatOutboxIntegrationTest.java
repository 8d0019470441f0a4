package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.internal.ContactConversations;
import io.shopdesk.connector.outbox.OutboxWorker;
import io.shopdesk.conversation.ChatRuntime;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agents' messages to WeChat customers through the outbox, against a fake of WeChat's API (a JDK {@code HttpServer}
 * answering with the recorded JSON of src/test/resources/channels/wechat/api): the access token is fetched with the
 * channel's AppID and AppSecret and reused, fetched anew on 42001, -1 is retried with the backoff, 45015 fails the
 * delivery at once with its reason. The fake's address is the one setting this context has of its own.
 */
@IntegrationTest
class WeChatOutboxIntegrationTest {

    static final String TOKEN = "wechattoken2026";
    static final String APP_ID = "wx5823bf96d3bd56c7";
    static final String APP_SECRET = "3f1c9a7e5b2d4f6a8c0e1b3d5f7a9c2e";
    static final String OPENID = "oTpbs6Cp0aBcDeFgH263H-_LA0";

    static final HttpServer WECHAT = fakeWeChat();

    /** One call the fake received. */
    record Call(String path, String query, String body) {}

    static final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Answers for sends whose text contains the key, in order; other sends (and used-up lists) are accepted. */
    static final Map<String, Queue<String>> script = new ConcurrentHashMap<>();
    /** Texts whose send the fake accepts and then hangs up on without answering (the answer is lost). */
    static final Map<String, Boolean> loseAnswer = new ConcurrentHashMap<>();

    static final AtomicInteger tokensIssued = new AtomicInteger();

    @DynamicPropertySource
    static void wechatApi(DynamicPropertyRegistry registry) {
        registry.add(
                "shopdesk.channel.wechat.api-base",
                () -> "http://127.0.0.1:" + WECHAT.getAddress().getPort());
    }

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    ConnectorDirectory directory;

    @Autowired
    ContactConversations contacts;

    @Autowired
    ChatRuntime chat;

    @Autowired
    AgentWorkspace workspace;

    @Autowired
    OutboxWorker worker;

    @Autowired
    OutboundDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private static HttpServer fakeWeChat() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/cgi-bin/stable_token", exchange -> {
                calls.add(call(exchange));
                answer(exchange, fixture("token").replace("ACCESS_TOKEN", "token-" + tokensIssued.incrementAndGet()));
            });
            server.createContext("/cgi-bin/message/custom/send", exchange -> {
                var call = call(exchange);
                calls.add(call);
                String fixture = script.entrySet().stream()
                        .filter(entry -> call.body().contains(entry.getKey()))
                        .map(entry -> entry.getValue().poll())
                        .filter(name -> name != null)
                        .findFirst()
                        .orElse("send-ok");
                var lost = loseAnswer.entrySet().stream()
                        .filter(entry -> entry.getValue() && call.body().contains(entry.getKey()))
                        .findFirst();
                if (lost.isPresent()) {
                    loseAnswer.put(lost.get().getKey(), false);
                    exchange.close();
                    return;
                }
                answer(exchange, fixture(fixture));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Call call(HttpExchange exchange) throws IOException {
        return new Call(
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; encoding=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String fixture(String name) {
        try (var in = WeChatOutboxIntegrationTest.class.getResourceAsStream("/channels/wechat/api/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopWeChat() {
        WECHAT.stop(0);
    }

    @BeforeEach
    void forgetCalls() {
        calls.clear();
        script.clear();
        loseAnswer.clear();
    }

    private NewChannel account(TestTenant tenant) {
        return users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WECHAT,
                        "Official Account",
                        List.of(),
                        null,
                        null,
                        Map.of(
                                SecretName.WECHAT_TOKEN, TOKEN,
                                SecretName.WECHAT_APP_ID, APP_ID,
                                SecretName.WECHAT_APP_SECRET, APP_SECRET))));
    }

    /** A WeChat follower asked for a person and the tenant's agent took the conversation. */
    private String withAgent(TestTenant tenant, NewChannel account) {
        ConnectorChannel channel = directory
                .find(ChannelType.WECHAT, account.channel().endpointId())
                .orElseThrow();
        String conversation = contacts.send(channel, OPENID, "wx-" + System.nanoTime(), "我的订单到哪里了？", "zh-CN")
                .conversationId();
        chat.requestPerson(channel.identity(), conversation);
        assertThat(users.as(tenant.agent(), () -> workspace.accept(conversation)))
                .isTrue();
        return conversation;
    }

    private String write(TestTenant tenant, String conversation, String text) throws InterruptedException {
        MessageView message = users.as(tenant.agent(), () -> workspace.write(conversation, text));
        String key = "sd_" + conversation + "_" + message.seq();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (rows(key) == 0) {
            assertThat(System.nanoTime()).as("delivery %s queued in time", key).isLessThan(deadline);
            Thread.sleep(50);
        }
        return key;
    }

    private long rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM connector_delivery WHERE idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private void deliverAt(Instant at) {
        while (worker.deliverDue(at) > 0) {
            // each handled row is delivered, given up or due later than `at`
        }
    }

    private List<Call> sends(String text) {
        return calls.stream()
                .filter(call ->
                        call.path().endsWith("/custom/send") && call.body().contains(text))
                .toList();
    }

    private List<Call> tokenFetches() {
        return calls.stream()
                .filter(call -> call.path().equals("/cgi-bin/stable_token"))
                .toList();
    }

    private static String tokenOf(Call send) {
        return send.query().substring(send.query().indexOf("access_token=") + "access_token=".length());
    }

    private OutboundDelivery delivery(TestTenant tenant, String conversation, String key) {
        return users.as(tenant.agent(), () -> deliveries.ofConversation(conversation)).stream()
                .filter(delivery -> delivery.idempotencyKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_agent_message_reaches_the_wechat_customer_with_one_token_that_is_reused_until_shortly_before_expiry()
            throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        String first = write(tenant, conversation, "您的包裹今天已发出。");
        Instant now = Instant.now().plusSeconds(1);
        deliverAt(now);

        assertThat(tokenFetches()).singleElement().satisfies(fetch -> {
            JsonNode body = json.readTree(fetch.body());
            assertThat(body.path("grant_type").asString()).isEqualTo("client_credential");
            assertThat(body.path("appid").asString()).isEqualTo(APP_ID);
            assertThat(body.path("secret").asString()).isEqualTo(APP_SECRET);
            assertThat(body.path("force_refresh").asBoolean(true))
                    .as("the current stable token, shared with other replicas")
                    .isFalse();
            assertThat(fetch.query()).as("the AppSecret is not in the URL").isNullOrEmpty();
        });
        assertThat(sends("您的包裹今天已发出。")).singleElement().satisfies(send -> {
            JsonNode body = json.readTree(send.body());
            assertThat(body.path("touser").asString()).isEqualTo(OPENID);
            assertThat(body.path("msgtype").asString()).isEqualTo("text");
            assertThat(body.path("text").path("content").asString()).isEqualTo("您的包裹今天已发出。");
        });
        var delivered = delivery(tenant, conversation, first);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);

        String second = write(tenant, conversation, "还有其他问题吗？");
        deliverAt(now.plus(Duration.ofMinutes(100)));
        assertThat(tokenFetches()).as("the token is reused while it is fresh").hasSize(1);
        assertThat(tokenOf(sends("还有其他问题吗？").getFirst()))
                .isEqualTo(tokenOf(sends("您的包裹今天已发出。").getFirst()));
        assertThat(delivery(tenant, conversation, second).status()).isEqualTo(DeliveryStatus.DELIVERED);

        String third = write(tenant, conversation, "祝您购物愉快。");
        deliverAt(now.plus(Duration.ofMinutes(116)));
        assertThat(tokenFetches())
                .as("fetched anew 5 minutes before its 7200 s ran out")
                .hasSize(2);
        assertThat(delivery(tenant, conversation, third).status()).isEqualTo(DeliveryStatus.DELIVERED);

        assertThat(users.as(users.newTenant().agent(), () -> deliveries.ofConversation(conversation)))
                .as("another tenant sees none of the deliveries")
                .isEmpty();
    }

    @Test
    void an_expired_token_is_fetched_anew_and_the_message_sent_with_it_in_the_same_attempt() throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        String greeting = write(tenant, conversation, "您好，我来帮您查。");
        deliverAt(Instant.now().plusSeconds(1));
        assertThat(delivery(tenant, conversation, greeting).status()).isEqualTo(DeliveryStatus.DELIVERED);
        int fetchesBefore = tokenFetches().size();
        assertThat(fetchesBefore).as("the channel has a token").isEqualTo(1);
        script.put("请确认收货地址。", new ConcurrentLinkedQueue<>(List.of("send-token-expired")));
        String key = write(tenant, conversation, "请确认收货地址。");

        deliverAt(Instant.now().plusSeconds(2));

        var sends = sends("请确认收货地址。");
        assertThat(sends).hasSize(2);
        assertThat(tokenFetches()).hasSize(fetchesBefore + 1);
        assertThat(json.readTree(tokenFetches().getLast().body())
                        .path("force_refresh")
                        .asBoolean())
                .as("a refused token is renewed, not fetched again as it was")
                .isTrue();
        assertThat(tokenOf(sends.get(1))).isNotEqualTo(tokenOf(sends.get(0)));
        var delivered = delivery(tenant, conversation, key);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
    }

    @Test
    void system_busy_is_retried_with_the_backoff_and_delivered_on_the_second_attempt_as_one_row() throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        script.put("退款已办理。", new ConcurrentLinkedQueue<>(List.of("send-system-busy")));
        String key = write(tenant, conversation, "退款已办理。");

        Instant first = Instant.now().plusSeconds(1);
        deliverAt(first);
        var waiting = delivery(tenant, conversation, key);
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isEqualTo("WeChat errcode -1: WeChat system busy");
        assertThat(waiting.nextAttemptAt()).isBetween(first.plusSeconds(10), first.plusSeconds(12));

        deliverAt(first.plusSeconds(9));
        assertThat(sends("退款已办理。")).as("not before the wait is over").hasSize(1);
        deliverAt(first.plusSeconds(13));

        assertThat(sends("退款已办理。")).hasSize(2);
        var delivered = delivery(tenant, conversation, key);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastError()).isNull();
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void a_passed_48_hour_window_fails_the_delivery_at_once_with_its_reason_and_is_audited() throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        script.put("您的订单已签收。", new ConcurrentLinkedQueue<>(List.of("send-reply-window-passed")));
        String key = write(tenant, conversation, "您的订单已签收。");

        Instant now = Instant.now().plusSeconds(1);
        deliverAt(now);
        deliverAt(now.plus(Duration.ofHours(5)));

        assertThat(sends("您的订单已签收。")).hasSize(1);
        var failed = delivery(tenant, conversation, key);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError())
                .isEqualTo("refused: WeChat errcode 45015: the customer's 48-hour reply window has passed");
        assertThat(jdbc.sql("SELECT after_summary FROM audit_entry WHERE tenant_id = ?"
                                + " AND action = 'channel.delivery-failed' AND target = ?")
                        .params(tenant.id().value(), "delivery:" + key)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("45015")
                .doesNotContain(APP_SECRET)
                .doesNotContain("token-");
    }

    @Test
    void an_invalid_openid_fails_at_once() throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        script.put("请关注公众号。", new ConcurrentLinkedQueue<>(List.of("send-invalid-openid")));
        String key = write(tenant, conversation, "请关注公众号。");

        deliverAt(Instant.now().plusSeconds(1));

        var failed = delivery(tenant, conversation, key);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).startsWith("refused: WeChat errcode 40003: invalid OpenID");
    }

    @Test
    void a_send_whose_answer_was_lost_is_tried_again_on_the_same_row_and_never_after_it_was_delivered()
            throws Exception {
        var tenant = users.newTenant();
        String conversation = withAgent(tenant, account(tenant));
        loseAnswer.put("明天送达。", true);
        String key = write(tenant, conversation, "明天送达。");

        Instant first = Instant.now().plusSeconds(1);
        deliverAt(first);
        assertThat(delivery(tenant, conversation, key).status()).isEqualTo(DeliveryStatus.PENDING);
        deliverAt(first.plusSeconds(13));
        deliverAt(first.plus(Duration.ofHours(3)));

        // The customer-service API has no idempotency key: WeChat took the first send too, so the follower sees the
        // message twice (docs/channels.md). The outbox keeps one row and sends nothing after it was delivered.
        assertThat(sends("明天送达。")).hasSize(2);
        assertThat(rows(key)).isEqualTo(1);
        var delivered = delivery(tenant, conversation, key);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
    }

    @Test
    void a_wechat_channel_needs_appid_and_appsecret_and_shows_the_appsecret_only_masked() {
        var tenant = users.newTenant();
        assertThatThrownBy(() -> users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WECHAT,
                                "Official Account",
                                List.of(),
                                null,
                                null,
                                Map.of(SecretName.WECHAT_TOKEN, TOKEN, SecretName.WECHAT_APP_ID, APP_ID)))))
                .isInstanceOfSatisfying(BusinessRuleException.class, error -> {
                    assertThat(error.field()).isEqualTo("wechatAppSecret");
                    assertThat(error.messageKey()).isEqualTo("channel.error.secret-required");
                });
        assertThat(users.as(tenant.admin(), channels::channels)).isEmpty();

        var created = account(tenant);
        assertThat(created.generatedSecrets()).isEmpty();
        assertThat(users.as(tenant.admin(), channels::channels))
                .singleElement()
                .satisfies(channel -> assertThat(channel.secretHints().get(SecretName.WECHAT_APP_SECRET))
                        .isEqualTo("••••9c2e"));
        assertThat(jdbc.sql("SELECT ciphertext FROM channel_secret WHERE channel_id = ? AND name = 'WECHAT_APP_SECRET'")
                        .param(created.channel().id())
                        .query(String.class)
                        .single())
                .doesNotContain(APP_SECRET);
    }
}
