package io.shopdesk.conversation;

import static io.shopdesk.testing.ChatFixtures.conversationRows;
import static io.shopdesk.testing.ChatFixtures.messageRows;
import static io.shopdesk.testing.ChatHttpClient.BRIGHTWAVE_DEMO_KEY;
import static io.shopdesk.testing.ChatHttpClient.YUNSHANG_DEMO_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chat API over HTTP: starting and reading conversations, channel keys, suspension, origins, handoff. */
@IntegrationTest
class ChatApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    TenantManagement tenants;

    @Autowired
    RecordedEvents events;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    @Test
    void a_conversation_starts_with_the_tenants_greeting_in_its_language_or_the_customers() {
        var zh = chat.start(YUNSHANG_DEMO_KEY, null);
        assertThat(zh.status()).isEqualTo(201);
        assertThat(zh.header("Location"))
                .endsWith("/api/chat/v1/conversations/" + zh.body().path("id").asString());
        assertThat(zh.body().path("id").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(zh.body().path("locale").asString()).isEqualTo("zh-CN");
        assertThat(zh.body().path("state").asString()).isEqualTo("OPEN");
        assertThat(zh.body().path("cursor").asInt()).isEqualTo(1);
        var greeting = zh.body().path("messages").get(0);
        assertThat(greeting.path("author").asString()).isEqualTo("BOT");
        assertThat(greeting.path("kind").asString()).isEqualTo("GREETING");
        assertThat(greeting.path("text").asString()).startsWith("您好，欢迎光临云裳服饰");

        var en = chat.start(YUNSHANG_DEMO_KEY, "en-US");
        assertThat(en.body().path("locale").asString()).isEqualTo("en");
        assertThat(en.body().path("messages").get(0).path("text").asString())
                .isEqualTo("Hello! How can I help you today?");

        var brightwave = chat.start(BRIGHTWAVE_DEMO_KEY, "fr");
        assertThat(brightwave.body().path("locale").asString()).isEqualTo("en");
        assertThat(brightwave.body().path("messages").get(0).path("text").asString())
                .startsWith("Hi! I'm the Brightwave assistant.");
        assertThat(events.ofType(ConversationStarted.class)).anySatisfy(started -> {
            assertThat(started.conversationId()).isEqualTo(zh.body().path("id").asString());
            assertThat(started.tenant().value()).isEqualTo("yunshang");
            assertThat(started.channelType()).isEqualTo("WEB_WIDGET");
            assertThat(started.locale()).isEqualTo("zh-CN");
        });
    }

    @Test
    void a_channels_own_greeting_comes_first() {
        var tenant = users.newTenant();
        var created = users.as(
                tenant.admin(),
                () -> channels.createChannel(
                        new ChannelDraft(ChannelType.API, "Server", List.of(), "Welcome to our app support!")));
        var started = chat.start(created.key(), "en");
        assertThat(started.body().path("messages").get(0).path("text").asString())
                .isEqualTo("Welcome to our app support!");
    }

    @Test
    void requests_without_a_working_key_are_refused_in_the_callers_language_and_store_nothing() {
        var revoked = ChatFixtures.tenantWithWidget(users, channels);
        users.run(revoked.tenant().admin(), () -> channels.revokeChannel(revoked.channelId()));
        long conversations = conversationRows(jdbc);

        var missing = chat.start(null, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(missing.body().path("code").asString()).isEqualTo("chat.error.key-missing");
        assertThat(missing.body().path("detail").asString()).contains("X-ShopDesk-Channel-Key");

        var unknown = chat.start("sdpk_" + "a".repeat(12) + "_" + "b".repeat(43), null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().path("code").asString()).isEqualTo("chat.error.key-unknown");
        assertThat(chat.start("garbage", null).status()).isEqualTo(401);
        assertThat(chat.start(YUNSHANG_DEMO_KEY.toUpperCase(), null).status()).isEqualTo(401);

        var refused = chat.post(revoked.key(), "/conversations", "{}", Map.of("Accept-Language", "zh-CN"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asString()).isEqualTo("chat.error.key-revoked");
        assertThat(refused.body().path("detail").asString()).contains("吊销");

        assertThat(conversationRows(jdbc)).isEqualTo(conversations);
        assertThat(missing.raw() + unknown.raw() + refused.raw()).doesNotContain("Exception");
    }

    @Test
    void a_suspended_tenants_keys_are_refused_until_it_is_reactivated_and_nothing_is_stored() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), null).body().path("id").asString();
        users.asPlatformAdmin(() -> {
            tenants.suspendTenant(shop.tenant().id());
            return null;
        });
        long conversations = conversationRows(jdbc);
        long messages = messageRows(jdbc);

        var start = chat.post(shop.key(), "/conversations", "{}", Map.of("Accept-Language", "en"));
        assertThat(start.status()).isEqualTo(403);
        assertThat(start.body().path("code").asString()).isEqualTo("chat.error.tenant-suspended");
        assertThat(start.body().path("detail").asString())
                .isEqualTo("This shop's chat is not available at the moment.");
        assertThat(chat.send(shop.key(), conversation, "m1", "Hello?").status()).isEqualTo(403);
        assertThat(chat.handoff(shop.key(), conversation).status()).isEqualTo(403);
        assertThat(chat.messages(shop.key(), conversation, 0).status()).isEqualTo(403);
        assertThat(conversationRows(jdbc)).isEqualTo(conversations);
        assertThat(messageRows(jdbc)).isEqualTo(messages);

        users.asPlatformAdmin(() -> {
            tenants.reactivateTenant(shop.tenant().id());
            return null;
        });
        assertThat(chat.start(shop.key(), null).status()).isEqualTo(201);
    }

    @Test
    void a_browser_on_an_origin_the_channel_does_not_allow_is_refused_while_cors_lets_it_ask() throws Exception {
        var shop =
                ChatFixtures.tenantWithWidget(users, channels, "STARTER", List.of(), List.of("https://shop.example"));
        long conversations = conversationRows(jdbc);

        var foreign = chat.post(shop.key(), "/conversations", "{}", Map.of("Origin", "https://evil.example"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().path("code").asString()).isEqualTo("chat.error.origin-not-allowed");
        assertThat(conversationRows(jdbc)).isEqualTo(conversations);

        var own = chat.post(shop.key(), "/conversations", "{}", Map.of("Origin", "https://shop.example"));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.header("Access-Control-Allow-Origin")).isEqualTo("*");

        var preflight = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(chat.url("/conversations")))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", "https://shop.example")
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "content-type,x-shopdesk-channel-key")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(allowed -> assertThat(allowed.toLowerCase()).contains("x-shopdesk-channel-key"));
        assertThat(preflight.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_conversation_is_found_only_through_the_channel_it_was_started_on() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var second = users.as(
                shop.tenant().admin(),
                () -> channels.createChannel(new ChannelDraft(ChannelType.API, "Server", List.of(), null)));
        String conversation = chat.start(shop.key(), null).body().path("id").asString();

        assertThat(chat.messages(shop.key(), conversation, 0).status()).isEqualTo(200);
        assertThat(chat.messages(second.key(), conversation, 0).status()).isEqualTo(404);
        var otherTenant = chat.messages(BRIGHTWAVE_DEMO_KEY, conversation, 0);
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(otherTenant.raw()).doesNotContain("GREETING");
        assertThat(chat.handoff(BRIGHTWAVE_DEMO_KEY, conversation).status()).isEqualTo(404);
        assertThat(chat.send(BRIGHTWAVE_DEMO_KEY, conversation, "x1", "转人工").status())
                .isEqualTo(404);
        assertThat(chat.messages(shop.key(), "no-such-conversation", 0).status())
                .isEqualTo(404);
        assertThat(messageRows(jdbc, conversation)).isEqualTo(1);
    }

    @Test
    void asking_for_a_person_makes_the_conversation_wait_for_an_agent_once() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), "zh-CN").body().path("id").asString();

        var asked = chat.handoff(shop.key(), conversation);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        var notice = asked.body().path("messages").get(0);
        assertThat(notice.path("author").asString()).isEqualTo("SYSTEM");
        assertThat(notice.path("kind").asString()).isEqualTo("HANDOFF");
        assertThat(notice.path("text").asString()).contains("人工客服");

        var again = chat.handoff(shop.key(), conversation);
        assertThat(again.body().path("messages").isEmpty()).isTrue();
        assertThat(again.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(events.ofType(HandoffRequested.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.tenant()).isEqualTo(shop.tenant().id());
                    assertThat(event.trigger()).isEqualTo(HandoffTrigger.BUTTON);
                    assertThat(event.channelId()).isEqualTo(shop.channelId());
                    assertThat(event.locale()).isEqualTo("zh-CN");
                    assertThat(event.lastQuestion()).isNull();
                });
        var read = chat.messages(shop.key(), conversation, 0);
        assertThat(read.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(read.body().path("messages").size()).isEqualTo(2);
    }

    @Test
    void typing_a_request_for_a_person_hands_off_and_a_replayed_message_is_not_handled_twice() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), null).body().path("id").asString();

        var first = chat.send(shop.key(), conversation, "client-1", "转人工");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("replayed").asBoolean()).isFalse();
        assertThat(first.body().path("messages").get(0).path("text").asString()).isEqualTo("转人工");
        assertThat(first.body().path("messages").get(1).path("kind").asString()).isEqualTo("HANDOFF");
        long stored = messageRows(jdbc, conversation);

        var replay = chat.send(shop.key(), conversation, "client-1", "转人工");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().path("replayed").asBoolean()).isTrue();
        assertThat(replay.body().path("messages")).isEqualTo(first.body().path("messages"));
        assertThat(messageRows(jdbc, conversation)).isEqualTo(stored);
        assertThat(events.ofType(HandoffRequested.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> assertThat(event.trigger()).isEqualTo(HandoffTrigger.KEYWORD));

        var reused = chat.send(shop.key(), conversation, "client-1", "Something else");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().path("code").asString()).isEqualTo("chat.error.client-id-reused");
        assertThat(messageRows(jdbc, conversation)).isEqualTo(stored);
    }

    @Test
    void messages_are_read_from_a_cursor() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), null).body().path("id").asString();
        chat.send(shop.key(), conversation, "c1", "talk to a person");

        var all = chat.messages(shop.key(), conversation, 0);
        assertThat(all.body().path("messages").size()).isEqualTo(3);
        assertThat(all.body().path("cursor").asInt()).isEqualTo(3);
        var later = chat.messages(shop.key(), conversation, 1);
        assertThat(later.body().path("messages").get(0).path("seq").asInt()).isEqualTo(2);
        assertThat(later.body().path("messages").size()).isEqualTo(2);
        assertThat(chat.messages(shop.key(), conversation, 3)
                        .body()
                        .path("messages")
                        .isEmpty())
                .isTrue();
        assertThat(chat.messages(shop.key(), conversation, 3)
                        .body()
                        .path("cursor")
                        .asInt())
                .isZero();
        assertThat(chat.messages(shop.key(), conversation, -7)
                        .body()
                        .path("messages")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void the_app_serves_the_chat_apis_openapi_description() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"openapi\":\"3.")
                .contains("/api/chat/v1/conversations/{id}/messages")
                .contains("/api/chat/v1/conversations/{id}/stream")
                .contains("X-ShopDesk-Channel-Key")
                .doesNotContain("\"name\":\"allowedOrigins\"")
                .doesNotContain("/api/v1/faq");
    }
}
