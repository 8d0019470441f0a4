package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class WebhookChannelIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private NewChannel webhook() {
        var tenant = users.newTenant();
        return users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Shop app", List.of(), null, "https://shop.example/hook", Map.of())));
    }

    private String url(NewChannel channel) {
        return "http://localhost:" + port + "/api/channels/v1/webhook/"
                + channel.channel().endpointId() + "/messages";
    }

    /** Signs like a sender following docs/channels.md: hex HMAC-SHA256 of timestamp + "." + body. */
    static String sign(String secret, String timestamp, byte[] body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static byte[] message(String id, String text) {
        return ("{\"messageId\":\"" + id + "\",\"userId\":\"user-17\",\"text\":\"" + text + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long customerMessages(NewChannel channel) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.channel_id = ? AND m.author = 'CUSTOMER'")
                .param(channel.channel().id())
                .query(Long.class)
                .single();
    }

    @Test
    void a_signed_message_is_answered_and_its_retry_never_stores_a_second_message() throws Exception {
        var channel = webhook();
        String secret = channel.generatedSecrets().get(SecretName.WEBHOOK_SIGNING_SECRET);
        byte[] body = message("m-1001", "Where is my order?");
        String now = Long.toString(Instant.now().getEpochSecond());
        var headers = Map.of(
                "Content-Type",
                "application/json",
                "X-ShopDesk-Timestamp",
                now,
                "X-ShopDesk-Signature",
                sign(secret, now, body));

        var first = Http.post(url(channel), body, headers);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"duplicate\":false").contains("\"author\":\"BOT\"");

        String later = Long.toString(Instant.now().getEpochSecond() + 1);
        var retry = Http.post(
                url(channel),
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-ShopDesk-Timestamp",
                        later,
                        "X-ShopDesk-Signature",
                        sign(secret, later, body)));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("\"duplicate\":true");
        assertThat(customerMessages(channel)).isEqualTo(1);

        var replayed = Http.post(url(channel), body, headers);
        assertThat(replayed.body()).contains("\"duplicate\":true");
        assertThat(customerMessages(channel)).isEqualTo(1);

        byte[] next = message("m-1002", "And my refund?");
        assertThat(Http.post(
                                url(channel),
                                next,
                                Map.of(
                                        "Content-Type",
                                        "application/json",
                                        "X-ShopDesk-Timestamp",
                                        now,
                                        "X-ShopDesk-Signature",
                                        sign(secret, now, next)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(customerMessages(channel)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation WHERE channel_id = ?")
                        .param(channel.channel().id())
                        .query(Long.class)
                        .single())
                .as("the same user stays in one conversation")
                .isEqualTo(1);
    }

    @Test
    void forged_changed_and_stale_requests_are_refused_before_anything_is_stored() throws Exception {
        var channel = webhook();
        String secret = channel.generatedSecrets().get(SecretName.WEBHOOK_SIGNING_SECRET);
        byte[] body = message("m-2001", "Hello");
        String now = Long.toString(Instant.now().getEpochSecond());

        var forged = Http.post(
                url(channel),
                body,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign("whsec_guess", now, body)));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("signature");

        byte[] changed = message("m-2001", "Give me a refund now");
        var tampered = Http.post(
                url(channel),
                changed,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign(secret, now, body)));
        assertThat(tampered.statusCode()).isEqualTo(401);

        String old = Long.toString(Instant.now().minusSeconds(301).getEpochSecond());
        var stale = Http.post(
                url(channel),
                body,
                Map.of("X-ShopDesk-Timestamp", old, "X-ShopDesk-Signature", sign(secret, old, body)));
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("5 minutes");

        var unsigned = Http.post(url(channel), body, Map.of());
        assertThat(unsigned.statusCode()).isEqualTo(401);

        var unknown = Http.post(
                "http://localhost:" + port + "/api/channels/v1/webhook/aaaaaaaaaaaaaaaaaaaa/messages",
                body,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign(secret, now, body)));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(customerMessages(channel)).isZero();
    }

    @Test
    void a_reused_message_id_with_another_text_is_a_conflict_and_a_missing_user_a_field_error() throws Exception {
        var channel = webhook();
        String secret = channel.generatedSecrets().get(SecretName.WEBHOOK_SIGNING_SECRET);
        String now = Long.toString(Instant.now().getEpochSecond());
        byte[] first = message("m-3001", "Hello");
        Http.post(
                url(channel),
                first,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign(secret, now, first)));
        byte[] other = message("m-3001", "Something else");
        var reused = Http.post(
                url(channel),
                other,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign(secret, now, other)));
        assertThat(reused.statusCode()).isEqualTo(409);

        byte[] noUser = "{\"messageId\":\"m-3002\",\"text\":\"Hi\"}".getBytes(StandardCharsets.UTF_8);
        var missing = Http.post(
                url(channel),
                noUser,
                Map.of("X-ShopDesk-Timestamp", now, "X-ShopDesk-Signature", sign(secret, now, noUser)));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("userId");
        assertThat(customerMessages(channel)).isEqualTo(1);
    }
}
