package io.shopdesk.conversation;

import static io.shopdesk.testing.ChatFixtures.conversationRows;
import static io.shopdesk.testing.ChatFixtures.messageRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rate limits per conversation and the plan's monthly conversation quota. */
@IntegrationTest
class ChatLimitsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    @Test
    void a_conversation_sending_faster_than_a_person_types_gets_429_with_retry_after_and_nothing_stored() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), null).body().path("id").asString();

        long begin = System.nanoTime();
        var statuses = new ArrayList<Integer>();
        ChatHttpClient.Reply limited = null;
        for (int i = 0; i < 12; i++) {
            var reply = chat.send(shop.key(), conversation, "burst-" + i, "talk to a person");
            statuses.add(reply.status());
            if (reply.status() == 429 && limited == null) {
                limited = reply;
            }
        }
        long seconds = (System.nanoTime() - begin) / 1_000_000_000L + 1;

        assertThat(limited).as("statuses " + statuses).isNotNull();
        assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(limited.body().path("code").asString()).isEqualTo("chat.error.too-many-requests");
        long accepted = statuses.stream().filter(status -> status == 201).count();
        assertThat(accepted).isBetween(5L, 5L + seconds);
        // Greeting, the accepted customer messages, and one handoff notice.
        assertThat(messageRows(jdbc, conversation)).isEqualTo(1 + accepted + 1);
    }

    @Test
    void starting_a_conversation_over_the_monthly_quota_is_refused_clearly() {
        var shop = ChatFixtures.tenantWithWidget(users, channels, "FREE", List.of(), List.of());
        var now = Timestamp.from(Instant.now());
        for (int i = 0; i < 500; i++) {
            jdbc.sql("""
                            INSERT INTO conversation (tenant_id, public_id, channel_id, channel_type, locale, state,
                                started_at, last_message_at, last_seq, version)
                            VALUES (?, ?, ?, 'WEB_WIDGET', 'en', 'OPEN', ?, ?, 0, 0)""")
                    .params(
                            shop.tenant().id().value(),
                            "quota-" + shop.channelId() + "-" + i,
                            shop.channelId(),
                            now,
                            now)
                    .update();
        }
        long conversations = conversationRows(jdbc);

        var refused = chat.start(shop.key(), "en");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asString()).isEqualTo("error.quota.monthly-conversations");
        assertThat(refused.body().path("detail").asString()).contains("500");
        assertThat(conversationRows(jdbc)).isEqualTo(conversations);
    }
}
