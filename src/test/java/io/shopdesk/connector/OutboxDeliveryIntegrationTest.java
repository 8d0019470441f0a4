package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.handoff.HandoffPolicies;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connectors' outbox with the real database and a real merchant server (a JDK {@code HttpServer}): what agents
 * write later in a webhook or Telegram conversation reaches the customer, signed, once per idempotency key, retried
 * with backoff and given up (audited) as docs/channels.md says. The worker is called with explicit times, so the
 * backoff is checked without waiting.
 */
@IntegrationTest
class OutboxDeliveryIntegrationTest {

    static final String BOT_TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";

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
    HandoffPolicies policies;

    @Autowired
    OutboxWorker worker;

    @Autowired
    OutboundDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** One request as the merchant's server (or the fake Bot API) received it, and what it answered. */
    record Received(String path, String key, String timestamp, String signature, byte[] body, int answered) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    HttpServer merchant;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** What the merchant stored, by Idempotency-Key: a request with a key it has seen stores nothing again. */
    final Map<String, String> stored = new ConcurrentHashMap<>();

    final Map<String, Integer> attemptsPerKey = new ConcurrentHashMap<>();
    volatile int failuresPerKey;
    volatile int failStatus = 503;

    @BeforeEach
    void startMerchantServer() throws Exception {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String counted = key == null ? exchange.getRequestURI().getPath() + new String(body) : key;
            int seen = attemptsPerKey.merge(counted, 1, Integer::sum);
            int status = seen <= failuresPerKey ? failStatus : 200;
            if (key != null && status != 400) {
                // Stored before answering, as a merchant does whose answer may still fail: a retry must not add it.
                stored.putIfAbsent(key, new String(body, StandardCharsets.UTF_8));
            }
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    key,
                    exchange.getRequestHeaders().getFirst("X-ShopDesk-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-ShopDesk-Signature"),
                    body,
                    status));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        merchant.start();
    }

    @AfterEach
    void stopMerchantServer() {
        merchant.stop(0);
    }

    private String merchantUrl(String path) {
        return "http://127.0.0.1:" + merchant.getAddress().getPort() + path;
    }

    /** A tenant's webhook channel that delivers to the test's merchant server. */
    private NewChannel webhook(TestTenant tenant) {
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Shop app", List.of(), null, "https://shop.example/hook", Map.of())));
        // Channels accept only https outbound URLs; the merchant server of the test is plain http on this machine.
        jdbc.sql("UPDATE channel SET outbound_url = ? WHERE id = ?")
                .params(merchantUrl("/hook"), created.channel().id())
                .update();
        return created;
    }

    private ConnectorChannel connector(NewChannel channel, ChannelType type) {
        return directory.find(type, channel.channel().endpointId()).orElseThrow();
    }

    /** A webhook customer asked for a person and the tenant's agent took the conversation. */
    private String withAgent(TestTenant tenant, ConnectorChannel channel) {
        String conversation = contacts.send(channel, "user-17", "m-1", "Where is my order?", "en")
                .conversationId();
        chat.requestPerson(channel.identity(), conversation);
        assertThat(users.as(tenant.agent(), () -> workspace.accept(conversation)))
                .isTrue();
        return conversation;
    }

    private static String key(String conversation, MessageView message) {
        return "sd_" + conversation + "_" + message.seq();
    }

    /** Waits until the outbox holds the message (the event is handled after the agent's commit, on another thread). */
    private void awaitQueued(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM connector_delivery WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime()).as("delivery %s queued in time", key).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Runs the worker at the given time until nothing more is due then. */
    private void deliverAt(Instant at) {
        while (worker.deliverDue(at) > 0) {
            // each handled row is delivered, given up or due later than `at`
        }
    }

    private List<Received> requests(String key) {
        return received.stream().filter(call -> key.equals(call.key())).toList();
    }

    private OutboundDelivery delivery(TestTenant tenant, String conversation, String key) {
        return users.as(tenant.agent(), () -> deliveries.ofConversation(conversation)).stream()
                .filter(delivery -> delivery.idempotencyKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<String> auditAfter(TestTenant tenant, String key) {
        return jdbc.sql(
                        "SELECT after_summary FROM audit_entry WHERE tenant_id = ? AND action = 'channel.delivery-failed'"
                                + " AND target = ?")
                .params(tenant.id().value(), "delivery:" + key)
                .query(String.class)
                .list();
    }

    @Test
    void an_agent_message_to_a_webhook_customer_is_delivered_once_signed_and_with_its_idempotency_key()
            throws Exception {
        var tenant = users.newTenant();
        var channel = webhook(tenant);
        String secret = channel.generatedSecrets().get(SecretName.WEBHOOK_SIGNING_SECRET);
        String conversation = withAgent(tenant, connector(channel, ChannelType.WEBHOOK));
        var message = users.as(tenant.agent(), () -> workspace.write(conversation, "Your parcel left today."));
        String key = key(conversation, message);
        awaitQueued(key);

        Instant now = Instant.now().plusSeconds(1);
        deliverAt(now);

        assertThat(requests(key)).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/hook");
            assertThat(call.signature())
                    .as("v1= HMAC-SHA256 of timestamp.body with the signing secret")
                    .isEqualTo(WebhookChannelIntegrationTest.sign(secret, call.timestamp(), call.body()));
            assertThat(call.timestamp()).isEqualTo(Long.toString(now.getEpochSecond()));
            JsonNode body = json.readTree(call.body());
            assertThat(body.path("deliveryId").asString()).isEqualTo(key);
            assertThat(body.path("conversationId").asString()).isEqualTo(conversation);
            assertThat(body.path("userId").asString()).isEqualTo("user-17");
            assertThat(body.path("messageSeq").asInt()).isEqualTo(message.seq());
            assertThat(body.path("author").asString()).isEqualTo("AGENT");
            assertThat(body.path("text").asString()).isEqualTo("Your parcel left today.");
            assertThat(Instant.parse(body.path("sentAt").asString())).isEqualTo(message.sentAt());
        });
        assertThat(stored.values())
                .as("the customer was also told that an agent joined, before the agent's message")
                .anySatisfy(body -> assertThat(body)
                        .contains("\"author\":\"SYSTEM\"")
                        .contains("\"conversationId\":\"" + conversation + "\""));
        var delivered = delivery(tenant, conversation, key);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.lastStatus()).isEqualTo(200);

        deliverAt(now.plus(Duration.ofHours(3)));
        assertThat(requests(key)).as("never sent again").hasSize(1);

        var other = users.newTenant();
        assertThat(users.as(other.agent(), () -> deliveries.ofConversation(conversation)))
                .as("another tenant sees none of the deliveries")
                .isEmpty();
    }

    @Test
    void a_merchant_answering_503_twice_gets_the_message_on_the_third_attempt_with_the_same_key_and_stores_it_once()
            throws Exception {
        failuresPerKey = 2;
        failStatus = 503;
        var tenant = users.newTenant();
        var channel = webhook(tenant);
        String conversation = withAgent(tenant, connector(channel, ChannelType.WEBHOOK));
        var message = users.as(tenant.agent(), () -> workspace.write(conversation, "A refund is on its way."));
        String key = key(conversation, message);
        awaitQueued(key);

        Instant first = Instant.now().plusSeconds(1);
        deliverAt(first);
        var waiting = delivery(tenant, conversation, key);
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastStatus()).isEqualTo(503);
        assertThat(waiting.nextAttemptAt()).isBetween(first.plusSeconds(10), first.plusSeconds(12));

        deliverAt(first.plusSeconds(9));
        assertThat(requests(key)).as("not due before the first wait is over").hasSize(1);

        Instant second = first.plusSeconds(13);
        deliverAt(second);
        assertThat(requests(key)).hasSize(2);
        assertThat(delivery(tenant, conversation, key).nextAttemptAt())
                .isBetween(second.plusSeconds(30), second.plusSeconds(36));

        deliverAt(second.plusSeconds(37));
        assertThat(requests(key)).extracting(Received::answered).containsExactly(503, 503, 200);
        assertThat(requests(key))
                .extracting(Received::text)
                .as("the same body every time")
                .containsOnly(requests(key).getFirst().text());
        assertThat(stored.values().stream().filter(body -> body.contains("A refund is on its way.")))
                .hasSize(1);
        var delivered = delivery(tenant, conversation, key);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(auditAfter(tenant, key)).isEmpty();
    }

    @Test
    void a_400_fails_the_delivery_at_once_without_a_retry_and_is_audited() throws Exception {
        failuresPerKey = Integer.MAX_VALUE;
        failStatus = 400;
        var tenant = users.newTenant();
        var channel = webhook(tenant);
        String conversation = withAgent(tenant, connector(channel, ChannelType.WEBHOOK));
        var message = users.as(tenant.agent(), () -> workspace.write(conversation, "Which size do you need?"));
        String key = key(conversation, message);
        awaitQueued(key);

        Instant now = Instant.now().plusSeconds(1);
        deliverAt(now);
        deliverAt(now.plus(Duration.ofHours(5)));

        assertThat(requests(key)).hasSize(1);
        var failed = delivery(tenant, conversation, key);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("refused: HTTP 400");
        assertThat(auditAfter(tenant, key)).singleElement().asString().contains("refused: HTTP 400");
    }

    @Test
    void a_delivery_failing_every_time_is_given_up_after_the_last_attempt_and_audited() throws Exception {
        failuresPerKey = Integer.MAX_VALUE;
        failStatus = 503;
        var tenant = users.newTenant();
        var channel = webhook(tenant);
        String conversation = withAgent(tenant, connector(channel, ChannelType.WEBHOOK));
        var message = users.as(tenant.agent(), () -> workspace.write(conversation, "Still there?"));
        String key = key(conversation, message);
        awaitQueued(key);

        Instant at = Instant.now().plusSeconds(1);
        for (int attempt = 1; attempt <= worker.maxAttempts(); attempt++) {
            assertThat(delivery(tenant, conversation, key).status()).isEqualTo(DeliveryStatus.PENDING);
            deliverAt(at);
            assertThat(requests(key)).hasSize(attempt);
            at = at.plus(Duration.ofHours(2));
        }
        deliverAt(at.plus(Duration.ofDays(1)));

        assertThat(requests(key)).hasSize(worker.maxAttempts());
        assertThat(requests(key)).extracting(Received::key).containsOnly(key);
        var failed = delivery(tenant, conversation, key);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(worker.maxAttempts());
        assertThat(failed.lastError()).isEqualTo("gave up after " + worker.maxAttempts() + " attempts; last: HTTP 503");
        assertThat(auditAfter(tenant, key))
                .singleElement()
                .asString()
                .contains("status=FAILED")
                .contains("attempts=" + worker.maxAttempts());
    }

    @Test
    void revoking_the_channel_stops_its_pending_deliveries() throws Exception {
        failuresPerKey = Integer.MAX_VALUE;
        failStatus = 503;
        var tenant = users.newTenant();
        var channel = webhook(tenant);
        String conversation = withAgent(tenant, connector(channel, ChannelType.WEBHOOK));
        var message = users.as(tenant.agent(), () -> workspace.write(conversation, "One moment please."));
        String key = key(conversation, message);
        awaitQueued(key);
        Instant now = Instant.now().plusSeconds(1);
        deliverAt(now);
        assertThat(requests(key)).hasSize(1);

        users.run(tenant.admin(), () -> channels.revokeChannel(channel.channel().id()));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (delivery(tenant, conversation, key).status() == DeliveryStatus.PENDING) {
            assertThat(System.nanoTime()).as("stopped in time").isLessThan(deadline);
            Thread.sleep(50);
        }

        deliverAt(now.plus(Duration.ofHours(3)));
        assertThat(requests(key)).hasSize(1);
        var stopped = delivery(tenant, conversation, key);
        assertThat(stopped.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stopped.lastError()).isEqualTo("channel revoked");
    }

    @Test
    void a_ticket_answer_to_a_telegram_customer_goes_out_with_send_message() throws Exception {
        var tenant = users.newTenant();
        users.run(
                tenant.admin(),
                () -> policies.save(List.of(
                        new HandoffRule(
                                "asked",
                                HandoffRuleType.EXPLICIT_REQUEST,
                                "",
                                HandoffAction.HAND_OFF,
                                null,
                                null,
                                true),
                        new HandoffRule(
                                "nobody",
                                HandoffRuleType.NO_AGENT_AVAILABLE,
                                "",
                                HandoffAction.TAKE_MESSAGE,
                                null,
                                null,
                                true))));
        var bot = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.TELEGRAM,
                        "Telegram bot",
                        List.of(),
                        null,
                        merchantUrl(""),
                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, BOT_TOKEN))));
        var channel = connector(bot, ChannelType.TELEGRAM);
        String conversation =
                contacts.send(channel, "931000417", "tg-1", "Hello", "en").conversationId();
        chat.requestPerson(channel.identity(), conversation);
        contacts.send(channel, "931000417", "tg-2", "Please call me back about order 5521", "en");
        assertThat(users.as(tenant.agent(), () -> workspace.tickets()))
                .extracting(ticket -> ticket.conversationId())
                .containsExactly(conversation);

        var answer = users.as(
                tenant.agent(), () -> workspace.answerTicket(conversation, "We called you: order 5521 ships today."));
        String key = key(conversation, answer);
        awaitQueued(key);
        deliverAt(Instant.now().plusSeconds(1));

        assertThat(received).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/bot" + BOT_TOKEN + "/sendMessage");
            JsonNode body = json.readTree(call.body());
            assertThat(body.path("chat_id").asLong()).isEqualTo(931000417L);
            assertThat(body.path("text").asString()).isEqualTo("We called you: order 5521 ships today.");
        });
        assertThat(delivery(tenant, conversation, key).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
}
