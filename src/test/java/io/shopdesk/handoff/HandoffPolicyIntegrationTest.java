package io.shopdesk.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.HandoffRequested;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Handoff policies at run time through the chat API (tenants without a model: every question falls back), saving
 * and checking rules, and the simulator.
 */
@IntegrationTest
class HandoffPolicyIntegrationTest {

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
    RecordedEvents events;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    @Test
    void by_default_two_failed_turns_hand_off_with_the_rule_as_reason() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        var first = chat.send(shop.key(), conversation, "m1", "qwzx blorp");
        assertThat(first.body().path("state").asString()).isEqualTo("OPEN");
        var second = chat.send(shop.key(), conversation, "m2", "still blorp?");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(second.body().path("queuePosition").asInt()).isEqualTo(1);
        assertThat(chat.messages(shop.key(), conversation, 0)
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(1);
        var kinds = second.body()
                .path("messages")
                .valueStream()
                .map(message -> message.path("kind").asString())
                .toList();
        assertThat(kinds).containsExactly("TEXT", "FALLBACK", "HANDOFF");
        assertThat(events.ofType(HandoffRequested.class))
                .filteredOn(event -> event.conversationId().equals(conversation))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("low_confidence");
                    assertThat(event.trigger()).isNull();
                    assertThat(event.lastQuestion()).isEqualTo("still blorp?");
                });
        assertThat(jdbc.sql("SELECT handoff_reason FROM conversation WHERE public_id = ?")
                        .param(conversation)
                        .query(String.class)
                        .single())
                .isEqualTo("low_confidence");
    }

    @Test
    void a_vip_customer_goes_to_the_vip_group_on_the_first_message() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                shop.tenant().admin(),
                () -> policies.save(List.of(
                        new HandoffRule(
                                "vip",
                                HandoffRuleType.CUSTOMER_ATTRIBUTE,
                                "tier=VIP",
                                HandoffAction.SOOTHE_AND_HAND_OFF,
                                "vip",
                                "A personal adviser will be with you shortly.",
                                true),
                        new HandoffRule(
                                "asked",
                                HandoffRuleType.EXPLICIT_REQUEST,
                                "",
                                HandoffAction.HAND_OFF,
                                null,
                                null,
                                true))));
        var started = chat.post(
                shop.key(), "/conversations", "{\"locale\":\"en\",\"attributes\":{\"tier\":\"VIP\"}}", Map.of());
        assertThat(started.status()).isEqualTo(201);
        String conversation = started.body().path("id").asString();

        var reply = chat.send(shop.key(), conversation, "m1", "hello");

        assertThat(reply.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        var texts = reply.body()
                .path("messages")
                .valueStream()
                .map(message -> message.path("text").asString())
                .toList();
        assertThat(texts).contains("A personal adviser will be with you shortly.");
        assertThat(events.ofType(HandoffRequested.class))
                .filteredOn(event -> event.conversationId().equals(conversation))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("vip");
                    assertThat(event.skillGroup()).isEqualTo("vip");
                });
    }

    @Test
    void each_skill_group_numbers_its_own_queue_in_the_order_customers_asked() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                shop.tenant().admin(),
                () -> policies.save(List.of(
                        new HandoffRule(
                                "vip",
                                HandoffRuleType.CUSTOMER_ATTRIBUTE,
                                "tier=VIP",
                                HandoffAction.HAND_OFF,
                                "vip",
                                null,
                                true),
                        new HandoffRule(
                                "asked",
                                HandoffRuleType.EXPLICIT_REQUEST,
                                "",
                                HandoffAction.HAND_OFF,
                                null,
                                null,
                                true))));
        String first = chat.start(shop.key(), "en").body().path("id").asString();
        String second = chat.start(shop.key(), "en").body().path("id").asString();
        String vip = chat.post(
                        shop.key(), "/conversations", "{\"locale\":\"en\",\"attributes\":{\"tier\":\"VIP\"}}", Map.of())
                .body()
                .path("id")
                .asString();

        assertThat(chat.send(shop.key(), first, "m1", "human")
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(1);
        assertThat(chat.send(shop.key(), vip, "m1", "hello")
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(1);
        assertThat(chat.send(shop.key(), second, "m1", "human")
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(2);
        assertThat(chat.messages(shop.key(), second, 0)
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(2);
        assertThat(chat.messages(shop.key(), first, 0)
                        .body()
                        .path("queuePosition")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void the_button_records_the_explicit_rule_and_nobody_available_takes_a_message() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                shop.tenant().admin(),
                () -> policies.save(List.of(
                        new HandoffRule(
                                "asked",
                                HandoffRuleType.EXPLICIT_REQUEST,
                                "",
                                HandoffAction.HAND_OFF,
                                "general",
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
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        var asked = chat.handoff(shop.key(), conversation);

        assertThat(asked.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(asked.body().path("messages").get(0).path("text").asString()).startsWith("Nobody from our team");
        assertThat(events.ofType(HandoffRequested.class))
                .filteredOn(event -> event.conversationId().equals(conversation))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("nobody");
                    assertThat(event.skillGroup()).isEqualTo("general");
                    assertThat(event.takeMessage()).isTrue();
                });
    }

    @Test
    void bad_rules_are_refused_with_a_field_error_and_nothing_is_saved() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var broken = List.of(
                new HandoffRule("ok", HandoffRuleType.KEYWORD, "refund", HandoffAction.HAND_OFF, null, null, true),
                new HandoffRule("bad", HandoffRuleType.REGEX, "([", HandoffAction.HAND_OFF, null, null, true));

        assertThatThrownBy(() -> users.run(shop.tenant().admin(), () -> policies.save(broken)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("handoff.error.regex"));
        assertThat(users.as(shop.tenant().admin(), policies::rules))
                .extracting(HandoffRule::name)
                .containsExactly("customer_asked", "low_confidence");
        assertThatThrownBy(() -> users.run(shop.tenant().agent(), () -> policies.save(List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void one_tenants_policy_never_applies_to_another() {
        var strict = ChatFixtures.tenantWithWidget(users, channels);
        var other = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                strict.tenant().admin(),
                () -> policies.save(List.of(new HandoffRule(
                        "hello", HandoffRuleType.KEYWORD, "hello", HandoffAction.HAND_OFF, null, null, true))));

        assertThat(users.as(other.tenant().admin(), policies::rules))
                .extracting(HandoffRule::name)
                .containsExactly("customer_asked", "low_confidence");
        String conversation = chat.start(other.key(), "en").body().path("id").asString();
        assertThat(chat.send(other.key(), conversation, "m1", "hello")
                        .body()
                        .path("state")
                        .asString())
                .isEqualTo("OPEN");
        String strictConversation =
                chat.start(strict.key(), "en").body().path("id").asString();
        assertThat(chat.send(strict.key(), strictConversation, "m1", "hello")
                        .body()
                        .path("state")
                        .asString())
                .isEqualTo("WAITING_FOR_AGENT");
    }

    @Test
    void the_simulator_tells_which_rule_fires_on_which_line_and_why() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var turns = users.as(
                shop.tenant().admin(),
                () -> simulator.simulate(
                        policies.rules(),
                        "customer: hello there\nbot: Sorry, I don't know.\nwhere is blorp\nI said blorp\nthanks",
                        Map.of(),
                        Instant.now()));

        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).line()).isEqualTo(1);
        assertThat(turns.get(0).outcome()).isEqualTo(BotOutcome.FALLBACK);
        assertThat(turns.get(0).action()).isEqualTo(HandoffAction.STAY_WITH_BOT);
        assertThat(turns.get(1).line()).isEqualTo(3);
        assertThat(turns.get(1).rule()).isEqualTo("low_confidence");
        assertThat(turns.get(1).explanation()).contains("2 consecutive turns");

        var asked = users.as(
                shop.tenant().admin(), () -> simulator.simulate(policies.rules(), "转人工", Map.of(), Instant.now()));
        assertThat(asked).singleElement().satisfies(turn -> {
            assertThat(turn.rule()).isEqualTo("customer_asked");
            assertThat(turn.action()).isEqualTo(HandoffAction.HAND_OFF);
        });
    }
}
