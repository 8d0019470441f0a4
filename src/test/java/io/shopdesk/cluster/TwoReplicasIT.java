package io.shopdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.ReplicaProcess;
import io.shopdesk.testing.SseReader;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two replicas behind one database, with RabbitMQ between them (on 127.0.0.1:5672, as on the build machines):
 * replica A is this test's application, replica B the packaged jar started as its own JVM on the same database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "shopdesk.cluster.broadcast=rabbitmq",
            "management.health.rabbit.enabled=true",
            "shopdesk.test-db.suffix=replicas"
        })
@Import(TestUsers.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoReplicasIT {

    private static final Duration REPLICA_START = Duration.ofMinutes(4);
    private static final Duration MODEL_READY = Duration.ofMinutes(3);
    private static final Duration LIVE = Duration.ofSeconds(10);

    private static ReplicaProcess replicaB;

    /**
     * Vaadin installs its security context holder strategy JVM-wide when a context starts; this test's context
     * would replace the one of the contexts other tests in this JVM keep using, so it is put back afterwards.
     */
    private static SecurityContextHolderStrategy strategyOfOtherContexts;

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    FaqManagement faq;

    ChatHttpClient chatA;
    ChatHttpClient chatB;

    @BeforeAll
    static void brokerRuns() {
        strategyOfOtherContexts = SecurityContextHolder.getContextHolderStrategy();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "This test needs RabbitMQ on 127.0.0.1:5672 (guest/guest), as the build "
                            + "machines run it; start it with `rabbitmq-server -detached`",
                    e);
        }
    }

    @BeforeEach
    void replicas() throws Exception {
        if (replicaB == null) {
            replicaB = ReplicaProcess.start(
                    "b",
                    List.of(
                            "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                            "--spring.datasource.username="
                                    + environment.getRequiredProperty("spring.datasource.username"),
                            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                            "--shopdesk.cluster.broadcast=rabbitmq",
                            "--management.health.rabbit.enabled=true",
                            "--shopdesk.demo-packs.enabled=false"),
                    REPLICA_START);
        }
        chatA = new ChatHttpClient(portA);
        chatB = new ChatHttpClient(replicaB.port());
    }

    @AfterAll
    static void stopReplica() throws InterruptedException {
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherContexts);
        if (replicaB != null) {
            replicaB.close();
            replicaB = null;
        }
    }

    private static FaqDraft entry(String key, String question, List<String> similar, String answer) {
        return new FaqDraft(key, "Orders", question, similar, answer, List.of(), null);
    }

    private static List<FaqDraft> catalogue() {
        return List.of(
                entry(
                        "returns",
                        "How do I return an item?",
                        List.of("Can I send something back?", "What is your return policy?", "I want a refund"),
                        "Open My Orders and press Return within 30 days; the label is free."),
                entry(
                        "shipping-time",
                        "How long does delivery take?",
                        List.of("When will my parcel arrive?", "How many days is shipping?", "Delivery time?"),
                        "Parcels arrive in 2 to 4 working days."),
                entry(
                        "gift-wrap",
                        "Do you offer gift wrapping?",
                        List.of("Can you wrap it as a present?", "Is gift packaging available?", "Gift wrap?"),
                        "Yes, choose Gift wrap at checkout for 2 euros."));
    }

    /** The text of the bot's answer to a question in a new conversation, or null when it did not answer. */
    private static String answerOf(ChatHttpClient chat, String key, String question, int attempt) {
        var started = chat.start(key, "en");
        String conversation = started.body().path("id").asString();
        var reply = chat.send(key, conversation, "probe-" + attempt, question);
        if (reply.status() != 201) {
            return null;
        }
        for (var message : reply.body().path("messages")) {
            if (message.path("kind").asString().equals("ANSWER")) {
                return message.path("text").asString();
            }
        }
        return null;
    }

    /** Asks until the answer contains the expected text; returns when it did, in nanoseconds. */
    private static long awaitAnswer(ChatHttpClient chat, String key, String question, String expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            last = answerOf(chat, key, question, attempt);
            if (last != null && last.contains(expected)) {
                return System.nanoTime();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No answer containing \"" + expected + "\" to \"" + question + "\" within " + timeout
                + "; last answer: " + last);
    }

    @Test
    void a_model_changed_on_replica_a_is_served_by_replica_b_within_ten_seconds() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels, "STARTER", catalogue(), List.of());
        awaitAnswer(chatA, shop.key(), "How do I return an item?", "30 days", MODEL_READY);
        awaitAnswer(chatB, shop.key(), "How do I return an item?", "30 days", LIVE);

        users.run(
                shop.tenant().admin(),
                () -> faq.addEntries(List.of(entry(
                        "iceland",
                        "Do you ship to Iceland?",
                        List.of("Can I order from Reykjavik?", "Is delivery to Iceland possible?", "Iceland shipping?"),
                        "Yes, we ship to Iceland in 5 to 8 working days."))));

        long servedByA = awaitAnswer(chatA, shop.key(), "Do you ship to Iceland?", "Iceland", Duration.ofSeconds(30));
        long servedByB = awaitAnswer(chatB, shop.key(), "Do you ship to Iceland?", "Iceland", LIVE);
        assertThat(Duration.ofNanos(servedByB - servedByA)).isLessThanOrEqualTo(LIVE);
    }

    @Test
    void a_customer_streaming_from_replica_b_sees_what_replica_a_stored_live() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chatA.start(shop.key(), "en").body().path("id").asString();
        String streamOnB = chatB.url("/conversations/" + conversation + "/stream?key=" + shop.key());

        try (var stream = new SseReader(streamOnB, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("message", LIVE).id()).isEqualTo("1");

            assertThat(chatA.send(shop.key(), conversation, "m1", "Hello there").status())
                    .isEqualTo(201);
            var question = stream.next("message", LIVE);
            assertThat(question)
                    .as("the customer's message, stored on replica A")
                    .isNotNull();
            assertThat(question.data()).contains("\"author\":\"CUSTOMER\"").contains("Hello there");
            var reply = stream.next("message", LIVE);
            assertThat(reply).as("the bot's reply, stored on replica A").isNotNull();
            assertThat(reply.data()).contains("\"author\":\"BOT\"");

            assertThat(chatA.handoff(shop.key(), conversation).status()).isBetween(200, 299);
            var state = stream.next("state", LIVE);
            assertThat(state).as("the state change made on replica A").isNotNull();
            assertThat(state.data()).contains("WAITING_FOR_AGENT");
        }
    }

    /** A console API call as the tenant's agent (HTTP Basic with the local account). */
    private static HttpResponse<String> asAgent(TestTenant tenant, int port, String path, String json)
            throws Exception {
        String credentials = tenant.agent() + ":" + TestUsers.PASSWORD;
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/agent" + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_waiting_conversation_is_taken_once_and_its_agent_on_replica_a_chats_live_with_a_customer_on_b()
            throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chatB.start(shop.key(), "en").body().path("id").asString();
        assertThat(chatB.handoff(shop.key(), conversation).status()).isBetween(200, 299);
        String streamOnB = chatB.url("/conversations/" + conversation + "/stream?key=" + shop.key());

        try (var stream = new SseReader(streamOnB, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            var go = new CountDownLatch(1);
            String accept = "/conversations/" + conversation + "/accept";
            var onA = CompletableFuture.supplyAsync(() -> acceptWhen(go, shop.tenant(), portA, accept));
            var onB = CompletableFuture.supplyAsync(() -> acceptWhen(go, shop.tenant(), replicaB.port(), accept));
            go.countDown();
            assertThat(List.of(onA.get(), onB.get()))
                    .as("one replica hands the conversation over, the other says another agent was first")
                    .containsExactlyInAnyOrder(204, 409);

            var written = asAgent(
                    shop.tenant(),
                    portA,
                    "/conversations/" + conversation + "/messages",
                    "{\"text\":\"Hi, Anna here\"}");
            assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
            var message = stream.next("message", LIVE);
            while (message != null && !message.data().contains("\"author\":\"AGENT\"")) {
                message = stream.next("message", LIVE);
            }
            assertThat(message)
                    .as("the agent's message, written on replica A, on the customer's stream on B")
                    .isNotNull();
            assertThat(message.data()).contains("Hi, Anna here");
        }
    }

    private static int acceptWhen(CountDownLatch go, TestTenant tenant, int port, String path) {
        try {
            go.await();
            return asAgent(tenant, port, path, "").statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
