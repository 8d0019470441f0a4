package io.shopdesk.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.HandoffRequested;
import io.shopdesk.engine.SentimentAnalysis;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A negative-sentiment rule through the real policy engine with the engine's trained sentiment model: messages the
 * word lists would score 0 (no listed word in them) hand off when angry, neutral questions stay with the bot.
 */
@IntegrationTest
class SentimentHandoffIntegrationTest {

    private static final HandoffRule UPSET = new HandoffRule(
            "upset", HandoffRuleType.NEGATIVE_SENTIMENT, "0.7", HandoffAction.HAND_OFF, "care", null, true);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    HandoffPolicies policies;

    @Autowired
    HandoffSimulator simulator;

    @Autowired
    SentimentAnalysis sentiment;

    @Autowired
    RecordedEvents events;

    ChatHttpClient chat;

    @BeforeEach
    void modelsReady() {
        chat = new ChatHttpClient(port);
        assertThat(sentiment.awaitReady(Locale.ENGLISH, Duration.ofMinutes(2))).isTrue();
        assertThat(sentiment.awaitReady(Locale.SIMPLIFIED_CHINESE, Duration.ofMinutes(2)))
                .isTrue();
    }

    @Test
    void an_angry_customer_is_handed_off_by_the_sentiment_rule_and_a_calm_one_stays_with_the_bot() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(shop.tenant().admin(), () -> policies.save(List.of(UPSET)));

        String calm = chat.start(shop.key(), "en").body().path("id").asString();
        assertThat(chat.send(shop.key(), calm, "m1", "Do you have the linen shirt in dark blue?")
                        .body()
                        .path("state")
                        .asString())
                .isEqualTo("OPEN");

        String angry = chat.start(shop.key(), "en").body().path("id").asString();
        var reply = chat.send(
                shop.key(), angry, "m1", "Two weeks of excuses and still no parcel, I am done with this shop!");
        assertThat(reply.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(events.ofType(HandoffRequested.class))
                .filteredOn(event -> event.conversationId().equals(angry))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("upset");
                    assertThat(event.skillGroup()).isEqualTo("care");
                });
        assertThat(events.ofType(HandoffRequested.class))
                .noneMatch(event -> event.conversationId().equals(calm));
    }

    @Test
    void the_simulator_shows_the_models_negativity_for_a_chinese_complaint() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var turns = users.as(
                shop.tenant().admin(),
                () -> simulator.simulate(
                        List.of(UPSET), "请问可以开发票吗\n等了半个月还没到，问了三次都没人回，你们到底管不管", Map.of(), Instant.now()));

        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).action()).isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(turns.get(1).rule()).isEqualTo("upset");
        assertThat(turns.get(1).action()).isEqualTo(HandoffAction.HAND_OFF);
        assertThat(turns.get(1).explanation()).contains("negativity");
    }
}
