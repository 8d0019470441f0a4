package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TelegramChannelIntegrationTest {

    static final String BOT_TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A fake Bot API server that records every call (path and body) and answers as Telegram does. */
    HttpServer telegram;

    final List<String> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFakeTelegram() throws Exception {
        telegram = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        telegram.createContext("/", exchange -> {
            calls.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"ok\":true,\"result\":{\"message_id\":1}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        telegram.start();
    }

    @AfterEach
    void stopFakeTelegram() {
        telegram.stop(0);
    }

    private NewChannel bot() {
        var tenant = users.newTenant();
        return users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.TELEGRAM,
                        "Telegram bot",
                        List.of(),
                        null,
                        "http://127.0.0.1:" + telegram.getAddress().getPort(),
                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, BOT_TOKEN))));
    }

    private String url(NewChannel channel) {
        return "http://localhost:" + port + "/api/channels/v1/telegram/"
                + channel.channel().endpointId();
    }

    private static Map<String, String> secret(String value) {
        return Map.of("Content-Type", "application/json", "X-Telegram-Bot-Api-Secret-Token", value);
    }

    private long customerMessages(NewChannel channel) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.channel_id = ? AND m.author = 'CUSTOMER'")
                .param(channel.channel().id())
                .query(Long.class)
                .single();
    }

    @Test
    void a_text_update_is_answered_with_send_message_and_a_redelivered_update_is_not_answered_again() throws Exception {
        var channel = bot();
        String token = channel.generatedSecrets().get(SecretName.TELEGRAM_WEBHOOK_SECRET);
        byte[] update = Http.fixture("telegram/update-text.json");

        var first = Http.post(url(channel), update, secret(token));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call).startsWith("/bot" + BOT_TOKEN + "/sendMessage ");
            assertThat(call).contains("\"chat_id\":931000417").contains("\"text\":");
        });

        var again = Http.post(url(channel), update, secret(token));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\":true");
        assertThat(calls).hasSize(1);
        assertThat(customerMessages(channel)).isEqualTo(1);
    }

    @Test
    void start_greets_and_updates_without_text_are_acknowledged_and_ignored() throws Exception {
        var channel = bot();
        String token = channel.generatedSecrets().get(SecretName.TELEGRAM_WEBHOOK_SECRET);

        assertThat(Http.post(url(channel), Http.fixture("telegram/update-start.json"), secret(token))
                        .statusCode())
                .isEqualTo(200);
        assertThat(calls).singleElement().asString().contains("\"chat_id\":931000417");

        var sticker = Http.post(url(channel), Http.fixture("telegram/update-sticker.json"), secret(token));
        assertThat(sticker.statusCode()).isEqualTo(200);
        assertThat(sticker.body()).contains("\"ignored\":true");
        assertThat(calls).hasSize(1);
        assertThat(customerMessages(channel)).isZero();
    }

    @Test
    void a_missing_or_wrong_secret_token_is_refused_and_nothing_is_stored_or_sent() throws Exception {
        var channel = bot();
        byte[] update = Http.fixture("telegram/update-text.json");

        assertThat(Http.post(url(channel), update, Map.of("Content-Type", "application/json"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.post(url(channel), update, secret("guessed-secret")).statusCode())
                .isEqualTo(401);
        assertThat(calls).isEmpty();
        assertThat(customerMessages(channel)).isZero();
    }
}
