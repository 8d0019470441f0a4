package io.shopdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.SseReader;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The live stream of a conversation (Server-Sent Events), as the widget's EventSource reads it. */
@IntegrationTest
class ChatStreamIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    private String streamUrl(String conversation, String key, String query) {
        return chat.url("/conversations/" + conversation + "/stream?key=" + key + query);
    }

    @Test
    void the_stream_sends_stored_messages_then_new_ones_as_they_are_added() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        try (var stream = new SseReader(streamUrl(conversation, shop.key(), ""), Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            var greeting = stream.next("message", WAIT);
            assertThat(greeting).isNotNull();
            assertThat(greeting.id()).isEqualTo("1");
            assertThat(greeting.data()).contains("\"kind\":\"GREETING\"");

            chat.send(shop.key(), conversation, "m1", "Talk to a human!");

            var question = stream.next("message", WAIT);
            assertThat(question.id()).isEqualTo("2");
            assertThat(question.data()).contains("\"author\":\"CUSTOMER\"").contains("Talk to a human!");
            var notice = stream.next("message", WAIT);
            assertThat(notice.id()).isEqualTo("3");
            assertThat(notice.data()).contains("\"kind\":\"HANDOFF\"");
            var state = stream.next("state", WAIT);
            assertThat(state.data()).contains("WAITING_FOR_AGENT");
        }
    }

    @Test
    void a_reconnecting_client_resumes_after_the_last_event_it_saw() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), conversation);

        try (var stream = new SseReader(streamUrl(conversation, shop.key(), ""), Map.of("Last-Event-ID", "1"))) {
            var next = stream.next("message", WAIT);
            assertThat(next.id()).isEqualTo("2");
            assertThat(next.data()).contains("HANDOFF");
        }
        try (var stream = new SseReader(streamUrl(conversation, shop.key(), "&after=2"), Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("message", Duration.ofSeconds(2))).isNull();
        }
    }

    @Test
    void the_stream_takes_the_key_from_the_header_too_and_refuses_without_one() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        String url = chat.url("/conversations/" + conversation + "/stream");

        try (var stream = new SseReader(url, Map.of(ChatHttpClient.KEY_HEADER, shop.key()))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("message", WAIT).id()).isEqualTo("1");
        }
        try (var stream = new SseReader(url, Map.of())) {
            assertThat(stream.status()).isEqualTo(401);
        }
        try (var stream = new SseReader(streamUrl(conversation, ChatHttpClient.BRIGHTWAVE_DEMO_KEY, ""), Map.of())) {
            assertThat(stream.status()).isEqualTo(404);
        }
        // Only the stream takes the key as a parameter (it may end up in logs; EventSource cannot send headers).
        var queryKey = new java.net.URI(chat.url("/conversations/" + conversation + "/messages?key=" + shop.key()));
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(queryKey).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
