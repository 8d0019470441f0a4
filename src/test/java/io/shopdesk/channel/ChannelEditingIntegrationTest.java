package io.shopdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ChannelEditingIntegrationTest {

    private static final String BOT_TOKEN = "123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ1";
    private static final String NEW_BOT_TOKEN = "123456:ZZyyXXwwVVuuTTssRRqqPPooNNmmLLkkJJ9";

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    ChannelEditing editing;

    @Autowired
    ConnectorDirectory connectors;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static ChannelSettings settings(ChannelSummary channel, String color, String hours) {
        var current = ChannelSettings.of(channel);
        return new ChannelSettings(
                current.name(),
                current.allowedOrigins(),
                current.greeting(),
                current.outboundUrl(),
                color,
                hours,
                Map.of());
    }

    /** Hours that are closed now: one day that is not today. */
    private static String closedNow() {
        var day = Instant.now().atZone(ZoneOffset.UTC).getDayOfWeek().plus(3);
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT) + " 00:00-23:59 UTC";
    }

    /** Hours that are open now: every day, in a zone where it is not the last minute of the day. */
    private static String openNow() {
        int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        return "MON-SUN 00:00-23:59 " + (hour == 23 ? "Asia/Shanghai" : "UTC");
    }

    private HttpResponse<String> widget(String key, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/v1/widget"))
                .header("X-ShopDesk-Channel-Key", key)
                .header("Origin", origin)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> startConversation(String key, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/v1/conversations"))
                .header("X-ShopDesk-Channel-Key", key)
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postSigned(String url, String secret, String messageId) throws Exception {
        byte[] body = ("{\"messageId\":\"" + messageId + "\",\"userId\":\"user-17\",\"text\":\"Hello\"}")
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("X-ShopDesk-Timestamp", timestamp)
                .header("X-ShopDesk-Signature", "v1=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> audit(String tenant, String action) {
        return jdbc.sql("SELECT after_summary FROM audit_entry WHERE tenant_id = ? AND action = ? ORDER BY id")
                .params(tenant, action)
                .query(String.class)
                .list();
    }

    @Test
    void an_edited_widget_greets_with_its_new_greeting_from_its_new_origin_in_its_colour() throws Exception {
        var tenant = users.newTenant();
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(
                        new ChannelDraft(ChannelType.WEB_WIDGET, "Shop", List.of("https://old.example"), "Hi")));
        assertThat(widget(created.key(), "https://old.example").body())
                .contains("\"primaryColor\":null")
                .contains("\"outsideBusinessHours\":false");

        String closed = closedNow();
        var saved = users.as(
                tenant.admin(),
                () -> editing.change(
                        created.channel().id(),
                        new ChannelSettings(
                                " Shop (new) ",
                                List.of("https://new.example"),
                                "Welcome to the new shop!",
                                null,
                                "#0A7D4F",
                                closed,
                                Map.of())));

        assertThat(saved.name()).isEqualTo("Shop (new)");
        assertThat(saved.primaryColor()).isEqualTo("#0a7d4f");
        assertThat(saved.businessHours()).isEqualTo(closed);
        assertThat(users.as(tenant.admin(), channels::channels)).singleElement().isEqualTo(saved);
        var look = widget(created.key(), "https://new.example");
        assertThat(look.statusCode()).isEqualTo(200);
        assertThat(look.body()).isEqualTo("{\"primaryColor\":\"#0a7d4f\",\"outsideBusinessHours\":true}");
        assertThat(startConversation(created.key(), "https://new.example").body())
                .contains("Welcome to the new shop!");
        assertThat(widget(created.key(), "https://old.example").statusCode()).isEqualTo(403);
        assertThat(startConversation(created.key(), "https://old.example").statusCode())
                .isEqualTo(403);

        users.as(tenant.admin(), () -> editing.change(created.channel().id(), settings(saved, "#0a7d4f", openNow())));
        assertThat(widget(created.key(), "https://new.example").body()).contains("\"outsideBusinessHours\":false");
        assertThat(audit(tenant.id().value(), "channel.settings-changed"))
                .hasSize(2)
                .first()
                .asString()
                .contains("name=Shop (new)", "origins=[https://new.example]", "color=#0a7d4f", "greeting=Welcome");
    }

    @Test
    void bad_colour_hours_origin_or_url_is_refused_on_its_field_and_changes_nothing() {
        var tenant = users.newTenant();
        var widget = users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEB_WIDGET, "Shop", List.of("https://shop.example"), "Hi")))
                .channel();
        var webhook = users.as(
                        tenant.admin(),
                        () -> channels.createChannel(new ChannelDraft(
                                ChannelType.WEBHOOK, "Hook", List.of(), null, "https://hooks.example/in", Map.of())))
                .channel();
        var before = users.as(tenant.admin(), channels::channels);

        record Case(ChannelSummary channel, ChannelSettings settings, String field, String key) {}
        var current = ChannelSettings.of(widget);
        var cases = List.of(
                new Case(widget, settings(widget, "green", null), "primaryColor", "channel.error.primary-color"),
                new Case(widget, settings(widget, "#12345", null), "primaryColor", "channel.error.primary-color"),
                new Case(
                        widget,
                        settings(widget, "#123456", "MON-FRI 9-18 UTC"),
                        "businessHours",
                        "channel.error.business-hours"),
                new Case(
                        widget,
                        settings(widget, "#123456", "MON-FRI 09:00-18:00 Mars/Olympus"),
                        "businessHours",
                        "channel.error.business-hours"),
                new Case(
                        widget,
                        new ChannelSettings(
                                "Renamed", List.of("shop.example/checkout"), "New", null, "#123456", null, Map.of()),
                        "allowedOrigins",
                        "channel.error.origin-invalid"),
                new Case(
                        widget,
                        new ChannelSettings(" ", current.allowedOrigins(), null, null, null, null, Map.of()),
                        "name",
                        "channel.error.name"),
                new Case(
                        webhook,
                        new ChannelSettings("Hook", List.of(), null, "http://hooks.example/in", null, null, Map.of()),
                        "outboundUrl",
                        "channel.error.outbound-url"),
                new Case(
                        webhook,
                        new ChannelSettings("Shop", List.of(), null, "https://hooks.example/new", null, null, Map.of()),
                        "name",
                        "channel.error.name-duplicate"));
        for (var bad : cases) {
            assertThatThrownBy(() -> users.run(
                            tenant.admin(), () -> editing.change(bad.channel().id(), bad.settings())))
                    .as(bad.settings().toString())
                    .isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
                        assertThat(refused.field()).isEqualTo(bad.field());
                        assertThat(refused.messageKey()).isEqualTo(bad.key());
                    });
        }

        assertThat(users.as(tenant.admin(), channels::channels)).isEqualTo(before);
        assertThat(audit(tenant.id().value(), "channel.settings-changed")).isEmpty();
    }

    @Test
    void a_rotated_signing_secret_is_shown_once_and_the_old_one_stops_working() throws Exception {
        var tenant = users.newTenant();
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Hook", List.of(), null, "https://hooks.example/in", Map.of())));
        String old = created.generatedSecrets().get(SecretName.WEBHOOK_SIGNING_SECRET);
        String url = "http://localhost:" + port + "/api/channels/v1/webhook/"
                + created.channel().endpointId() + "/messages";
        assertThat(postSigned(url, old, "m-1").statusCode()).isEqualTo(200);

        String rotated = users.as(
                tenant.admin(), () -> editing.rotateSecret(created.channel().id(), SecretName.WEBHOOK_SIGNING_SECRET));

        assertThat(rotated).startsWith("whsec_").isNotEqualTo(old);
        assertThat(postSigned(url, old, "m-2").statusCode()).isEqualTo(401);
        assertThat(postSigned(url, rotated, "m-3").statusCode()).isEqualTo(200);
        var listed = users.as(tenant.admin(), channels::channels).getFirst();
        assertThat(listed.secretHints())
                .containsEntry(SecretName.WEBHOOK_SIGNING_SECRET, "••••" + rotated.substring(rotated.length() - 4));
        assertThat(jdbc.sql("SELECT ciphertext FROM channel_secret WHERE channel_id = ?")
                        .param(created.channel().id())
                        .query(String.class)
                        .single())
                .doesNotContain(rotated)
                .doesNotContain(rotated.substring(6));
        assertThat(audit(tenant.id().value(), "channel.secret-rotated"))
                .singleElement()
                .asString()
                .contains("WEBHOOK_SIGNING_SECRET=••••")
                .doesNotContain(rotated);
        assertThatThrownBy(() -> users.run(
                        tenant.admin(),
                        () -> editing.rotateSecret(created.channel().id(), SecretName.TELEGRAM_WEBHOOK_SECRET)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("channel.error.secret-not-generated"));
    }

    @Test
    void an_entered_secret_is_replaced_encrypted_and_shown_only_masked_and_a_malformed_one_changes_nothing() {
        var tenant = users.newTenant();
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.TELEGRAM,
                        "Bot",
                        List.of(),
                        null,
                        null,
                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, BOT_TOKEN))));
        long id = created.channel().id();
        var current = ChannelSettings.of(created.channel());

        assertThatThrownBy(() -> users.run(
                        tenant.admin(),
                        () -> editing.change(
                                id,
                                new ChannelSettings(
                                        "Bot renamed",
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, "not-a-token")))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.field()).isEqualTo("telegramBotToken"));
        assertThat(connectors.find(tenant.id(), id)).hasValueSatisfying(channel -> {
            assertThat(channel.secret(SecretName.TELEGRAM_BOT_TOKEN)).hasValue(BOT_TOKEN);
            assertThat(channel.identity().name()).isEqualTo("Bot");
        });

        var saved = users.as(
                tenant.admin(),
                () -> editing.change(
                        id,
                        new ChannelSettings(
                                current.name(),
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                Map.of(SecretName.TELEGRAM_BOT_TOKEN, NEW_BOT_TOKEN))));

        assertThat(connectors.find(tenant.id(), id))
                .hasValueSatisfying(channel -> assertThat(channel.secret(SecretName.TELEGRAM_BOT_TOKEN))
                        .hasValue(NEW_BOT_TOKEN));
        assertThat(saved.secretHints())
                .containsEntry(
                        SecretName.TELEGRAM_BOT_TOKEN, "••••" + NEW_BOT_TOKEN.substring(NEW_BOT_TOKEN.length() - 4));
        assertThat(saved.toString()).doesNotContain(NEW_BOT_TOKEN);
        var stored = jdbc.sql("SELECT name, ciphertext FROM channel_secret WHERE channel_id = ? ORDER BY name")
                .param(id)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2))
                .list();
        assertThat(stored).hasSize(2).noneMatch(row -> row.contains(NEW_BOT_TOKEN) || row.contains(BOT_TOKEN));
        assertThat(audit(tenant.id().value(), "channel.settings-changed"))
                .singleElement()
                .asString()
                .contains("TELEGRAM_BOT_TOKEN=••••")
                .doesNotContain(NEW_BOT_TOKEN);

        // an empty entry keeps the stored secret
        users.as(
                tenant.admin(),
                () -> editing.change(
                        id,
                        new ChannelSettings(
                                "Bot", List.of(), null, null, null, null, Map.of(SecretName.TELEGRAM_BOT_TOKEN, " "))));
        assertThat(connectors.find(tenant.id(), id))
                .hasValueSatisfying(channel -> assertThat(channel.secret(SecretName.TELEGRAM_BOT_TOKEN))
                        .hasValue(NEW_BOT_TOKEN));
    }

    @Test
    void one_tenant_can_neither_edit_nor_rotate_another_tenants_channel_and_agents_cannot_at_all() throws Exception {
        var owner = users.newTenant();
        var other = users.newTenant();
        var widget = users.as(
                owner.admin(),
                () -> channels.createChannel(
                        new ChannelDraft(ChannelType.WEB_WIDGET, "Shop", List.of("https://shop.example"), "Hi")));
        var webhook = users.as(
                owner.admin(),
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.WEBHOOK, "Hook", List.of(), null, "https://hooks.example/in", Map.of())));
        var othersWidget = users.as(
                other.admin(),
                () -> channels.createChannel(new ChannelDraft(ChannelType.WEB_WIDGET, "Mine", List.of(), null)));
        var before = users.as(owner.admin(), channels::channels);
        var hijack = new ChannelSettings("Hijacked", List.of(), "Pay here", null, "#ff0000", null, Map.of());

        assertThatThrownBy(() -> users.run(
                        other.admin(), () -> editing.change(widget.channel().id(), hijack)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run(
                        other.admin(),
                        () -> editing.rotateSecret(webhook.channel().id(), SecretName.WEBHOOK_SIGNING_SECRET)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run(
                        owner.agent(), () -> editing.change(widget.channel().id(), hijack)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(
                        owner.agent(),
                        () -> editing.rotateSecret(webhook.channel().id(), SecretName.WEBHOOK_SIGNING_SECRET)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(users.as(owner.admin(), channels::channels)).isEqualTo(before);
        assertThat(widget(widget.key(), "https://shop.example").body()).contains("\"primaryColor\":null");
        assertThat(startConversation(widget.key(), "https://shop.example").body())
                .contains("Hi")
                .doesNotContain("Pay here");
        // over HTTP a key reaches only its own channel's look
        users.as(
                other.admin(),
                () -> editing.change(othersWidget.channel().id(), settings(othersWidget.channel(), "#222222", null)));
        assertThat(widget(othersWidget.key(), "https://any.example").body()).contains("#222222");
        assertThat(widget(widget.key(), "https://shop.example").body()).doesNotContain("#222222");
        assertThat(audit(owner.id().value(), "channel.settings-changed")).isEmpty();
        assertThat(audit(owner.id().value(), "channel.secret-rotated")).isEmpty();
    }
}
