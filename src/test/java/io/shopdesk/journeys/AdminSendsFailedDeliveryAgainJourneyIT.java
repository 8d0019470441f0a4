package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.connector.DeliveryStatus;
import io.shopdesk.connector.FailedDelivery;
import io.shopdesk.connector.OutboundDeliveries;
import io.shopdesk.connector.OutboundDelivery;
import io.shopdesk.connector.internal.ContactConversations;
import io.shopdesk.connector.outbox.OutboxWorker;
import io.shopdesk.conversation.ChatRuntime;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent's message to a webhook customer fails because the merchant's server refuses it (HTTP 400); the tenant
 * admin finds it under "Failed deliveries" with the error, the merchant fixes their server, the admin presses "Send
 * again", the row leaves the list and the outbox delivers the message. In both languages, with no text missing.
 * The outbox runs on the test's clock ({@code shopdesk.channel.outbox.scheduled=false} in tests), as the outbox's
 * integration tests run it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class AdminSendsFailedDeliveryAgainJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

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

    HttpServer merchant;
    volatile int answer = 400;
    final List<String> received = new CopyOnWriteArrayList<>();

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @BeforeEach
    void startMerchantServer() throws Exception {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer;
            if (status == 200) {
                received.add(body);
            }
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        merchant.start();
    }

    @AfterEach
    void stopMerchantServer() {
        merchant.stop(0);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_refused_delivery_is_listed_and_sent_again(Locale language) throws Exception {
        boolean zh = "zh".equals(language.getLanguage());
        var shop = users.newTenant();
        String text = zh ? "您的退款已经办好。" : "Your refund is on its way.";
        String conversation = agentWroteToWebhookCustomer(shop, text);
        var failed = failedDelivery(shop, conversation);
        String row = conversation + " #" + failed.messageSeq();

        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn(shop.admin(), TestUsers.PASSWORD).expectSignedIn();
        console.open("channel-deliveries");
        var page = console.page();
        var grid = page.locator("#failed-deliveries-grid");
        assertThat(grid).containsText(row);
        assertThat(grid).containsText("refused: HTTP 400");
        assertThat(grid).containsText("Shop app");
        assertThat(grid).containsText("Webhook");
        AdminSetsAgentCapacityJourneyIT.expectAllTranslated(page, language);

        answer = 200;
        page.locator("#delivery-send-again-" + failed.id()).click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText(zh ? "已重新排队，几秒内发送。" : "Queued again: it is sent within a few seconds.");
        assertThat(grid).not().containsText(row);

        deliverNow();
        assertThat(received).anySatisfy(body -> assertThat(body).contains(text));
        assertThat(delivery(shop, conversation, failed.messageSeq()).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    /**
     * A webhook customer asked for a person, the tenant's agent took the conversation and wrote to them; the
     * merchant's server refused the message, so the outbox gave it up at once.
     */
    private String agentWroteToWebhookCustomer(TestTenant shop, String text) throws Exception {
        var created = users.as(
                shop.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Shop app", List.of(), null, "https://shop.example/hook", Map.of())));
        // Channels accept only https outbound URLs; the merchant server of the test is plain http on this machine.
        jdbc.sql("UPDATE channel SET outbound_url = ? WHERE id = ?")
                .params(
                        "http://127.0.0.1:" + merchant.getAddress().getPort() + "/hook",
                        created.channel().id())
                .update();
        var channel = directory
                .find(ChannelType.WEBHOOK, created.channel().endpointId())
                .orElseThrow();
        String conversation = contacts.send(channel, "user-17", "m-1", "Where is my refund?", "en")
                .conversationId();
        chat.requestPerson(channel.identity(), conversation);
        assertThat(users.as(shop.agent(), () -> workspace.accept(conversation))).isTrue();
        var message = users.as(shop.agent(), () -> workspace.write(conversation, text));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        // The outbox takes the message after the agent's commit, on another thread.
        while (users.as(shop.agent(), () -> deliveries.ofConversation(conversation)).stream()
                .noneMatch(delivery -> delivery.messageSeq() == message.seq())) {
            assertThat(System.nanoTime()).as("delivery queued in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        deliverNow();
        assertThat(delivery(shop, conversation, message.seq()).status()).isEqualTo(DeliveryStatus.FAILED);
        return conversation;
    }

    private FailedDelivery failedDelivery(TestTenant shop, String conversation) {
        var written = users.as(shop.agent(), () -> deliveries.ofConversation(conversation)).stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.FAILED)
                .map(OutboundDelivery::messageSeq)
                .max(Integer::compare)
                .orElseThrow();
        return users.as(shop.admin(), deliveries::failed).stream()
                .filter(failed -> failed.conversationId().equals(conversation) && failed.messageSeq() == written)
                .findFirst()
                .orElseThrow();
    }

    private OutboundDelivery delivery(TestTenant shop, String conversation, int seq) {
        return users.as(shop.agent(), () -> deliveries.ofConversation(conversation)).stream()
                .filter(delivery -> delivery.messageSeq() == seq)
                .findFirst()
                .orElseThrow();
    }

    /** Runs the outbox a second ahead until nothing more is due. */
    private void deliverNow() {
        Instant now = Instant.now().plusSeconds(1);
        while (worker.deliverDue(now) > 0) {
            // each handled row is delivered, given up or due later
        }
    }
}
