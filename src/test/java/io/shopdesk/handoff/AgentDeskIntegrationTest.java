package io.shopdesk.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.SuggestedAnswer;
import io.shopdesk.conversation.TranscriptLine;
import io.shopdesk.engine.EngineTestSupport;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agent workspace's tools with a real database and the chat API: flagging a bot answer for the review queue,
 * transferring to another skill group, presence and capacity (in the policy's availability guard too), suggested
 * answers from the knowledge base, and the customer's attributes with the detected sentiment and topic.
 */
@IntegrationTest
class AgentDeskIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    AgentWorkspace workspace;

    @Autowired
    HandoffPolicies policies;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    private String waitingConversation(ChatTenant shop) {
        return ChatFixtures.waitingConversation(chat, shop);
    }

    private String state(ChatTenant shop, String conversation) {
        return chat.messages(shop.key(), conversation, 0).body().path("state").asString();
    }

    @Test
    void an_agent_flags_a_bot_answer_and_it_reaches_the_review_queue_as_an_agent_flag() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        var transcript = users.as(shop.tenant().agent(), () -> workspace.conversation(conversation))
                .transcript();
        int botTurn = transcript.stream()
                .filter(line -> line.outcome() != null)
                .mapToInt(TranscriptLine::seq)
                .findFirst()
                .orElseThrow();
        int customerLine = transcript.stream()
                .filter(line -> line.author() == MessageAuthor.CUSTOMER)
                .mapToInt(TranscriptLine::seq)
                .findFirst()
                .orElseThrow();

        users.run(shop.tenant().agent(), () -> workspace.flagForReview(conversation, botTurn));

        EngineTestSupport.await(
                Duration.ofSeconds(20),
                "the flagged turn in the review queue",
                () -> "AGENT_FLAG"
                        .equals(jdbc.sql("SELECT reason FROM review_item WHERE tenant_id = ? AND conversation_id = ?"
                                        + " AND turn = ?")
                                .params(shop.tenant().id().value(), conversation, botTurn)
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        assertThat(jdbc.sql("SELECT question FROM review_item WHERE tenant_id = ? AND turn = ?")
                        .params(shop.tenant().id().value(), botTurn)
                        .query(String.class)
                        .single())
                .isEqualTo("qwzx blorp");
        assertThatThrownBy(() ->
                        users.run(shop.tenant().agent(), () -> workspace.flagForReview(conversation, customerLine)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agent.error.not-a-bot-turn"));
    }

    @Test
    void the_owner_transfers_to_another_skill_group_whose_queue_then_has_it() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        users.run(shop.tenant().agent(), () -> workspace.accept(conversation));

        assertThatThrownBy(() -> users.run(shop.tenant().admin(), () -> workspace.transfer(conversation, "billing")))
                .as("only the owner transfers")
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> users.run(shop.tenant().agent(), () -> workspace.transfer(conversation, "bad group!")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.field()).isEqualTo("skillGroup"));
        users.run(shop.tenant().agent(), () -> workspace.transfer(conversation, "billing"));

        assertThat(users.as(shop.tenant().admin(), () -> workspace.queue("billing")))
                .singleElement()
                .satisfies(queued -> {
                    assertThat(queued.conversationId()).isEqualTo(conversation);
                    assertThat(queued.reason()).isEqualTo("low_confidence");
                });
        var moved = users.as(shop.tenant().agent(), () -> workspace.conversation(conversation));
        assertThat(moved.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(moved.agent()).isNull();
        assertThat(users.as(shop.tenant().agent(), () -> workspace.mine())).isEmpty();
        var read = chat.messages(shop.key(), conversation, 0).body().path("messages");
        assertThat(read.get(read.size() - 1).path("text").asString()).contains("passing you to colleagues");
        assertThat(users.as(shop.tenant().admin(), () -> workspace.accept(conversation)))
                .isTrue();
        assertThatThrownBy(() -> users.run(shop.tenant().admin(), () -> workspace.transfer(conversation, "billing")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agent.error.same-group"));
    }

    @Test
    void an_agent_at_capacity_is_refused_with_a_clear_message_until_a_conversation_closes() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(shop.tenant().admin(), () -> workspace.configure(shop.tenant().agent(), Set.of(), 1));
        String first = waitingConversation(shop);
        String second = waitingConversation(shop);

        assertThat(users.as(shop.tenant().agent(), () -> workspace.accept(first)))
                .isTrue();
        assertThatThrownBy(() -> users.as(shop.tenant().agent(), () -> workspace.accept(second)))
                .isInstanceOfSatisfying(RequestRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("agent.error.full");
                    assertThat(refused.arguments()).containsExactly(1);
                });
        assertThat(state(shop, second)).isEqualTo("WAITING_FOR_AGENT");
        assertThat(users.as(shop.tenant().agent(), () -> workspace.status())).satisfies(status -> {
            assertThat(status.ownedChats()).isEqualTo(1);
            assertThat(status.maxChats()).isEqualTo(1);
            assertThat(status.hasCapacity()).isFalse();
        });

        users.run(shop.tenant().agent(), () -> workspace.close(first, "Answered."));
        assertThat(users.as(shop.tenant().agent(), () -> workspace.accept(second)))
                .isTrue();
        assertThatThrownBy(() -> users.run(shop.tenant().admin(), () -> workspace.configure("x", Set.of(), 1)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.field()).isEqualTo("email"));
        assertThatThrownBy(() -> users.run(
                        shop.tenant().admin(),
                        () -> workspace.configure(shop.tenant().agent(), Set.of(), 0)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        refused -> assertThat(refused.field()).isEqualTo("maxChats"));
        assertThatThrownBy(() -> users.run(
                        shop.tenant().agent(),
                        () -> workspace.configure(shop.tenant().agent(), Set.of(), 9)))
                .as("agents do not set their own capacity")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_admin_sees_every_agent_desk_and_sets_skill_groups_and_capacity_only_for_members() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();

        var before = users.as(shop.tenant().admin(), () -> workspace.team());
        assertThat(before).extracting(TeamAgent::email).contains(shop.tenant().admin(), agent);
        assertThat(before)
                .extracting(TeamAgent::email)
                .doesNotContain(shop.tenant().trainer());
        assertThat(before)
                .filteredOn(desk -> desk.email().equals(agent))
                .singleElement()
                .satisfies(desk -> {
                    assertThat(desk.inWorkspace()).isFalse();
                    assertThat(desk.status().skillGroups()).isEmpty();
                    assertThat(desk.status().ownedChats()).isZero();
                });

        users.run(agent, () -> workspace.setPresence(Presence.AWAY));
        // Typed as the admin likes; the agent signs in with the stored lower-case address and finds this desk.
        users.run(
                shop.tenant().admin(),
                () -> workspace.configure(" " + agent.toUpperCase(java.util.Locale.ROOT), Set.of("refunds", "vip"), 5));
        assertThat(users.as(agent, () -> workspace.status()).maxChats()).isEqualTo(5);

        assertThat(users.as(shop.tenant().admin(), () -> workspace.team()))
                .filteredOn(desk -> desk.email().equals(agent))
                .singleElement()
                .satisfies(desk -> {
                    assertThat(desk.inWorkspace()).isTrue();
                    assertThat(desk.status().presence()).isEqualTo(Presence.AWAY);
                    assertThat(desk.status().skillGroups()).containsExactlyInAnyOrder("refunds", "vip");
                    assertThat(desk.status().maxChats()).isEqualTo(5);
                });
        assertThatThrownBy(() -> users.run(
                        shop.tenant().admin(), () -> workspace.configure("stranger@elsewhere.example", Set.of(), 2)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("email");
                    assertThat(refused.messageKey()).isEqualTo("agent.error.not-member");
                });
        assertThatThrownBy(() -> users.run(agent, () -> workspace.team()))
                .as("agents do not see the others' desks")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void an_agent_who_is_away_gets_no_conversations_and_cannot_accept() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        users.run(shop.tenant().agent(), () -> workspace.setPresence(Presence.AWAY));

        assertThat(users.as(shop.tenant().agent(), () -> workspace.queue(null))).isEmpty();
        assertThatThrownBy(() -> users.as(shop.tenant().agent(), () -> workspace.accept(conversation)))
                .isInstanceOfSatisfying(
                        RequestRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agent.error.away"));
        assertThat(state(shop, conversation)).isEqualTo("WAITING_FOR_AGENT");

        users.run(shop.tenant().agent(), () -> workspace.setPresence(Presence.ONLINE));
        assertThat(users.as(shop.tenant().agent(), () -> workspace.queue(null))).hasSize(1);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.accept(conversation)))
                .isTrue();
    }

    @Test
    void the_no_agent_guard_takes_a_message_unless_an_online_agent_with_capacity_has_the_workspace_open() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                shop.tenant().admin(),
                () -> policies.save(List.of(
                        new HandoffRule(
                                "asked",
                                HandoffRuleType.EXPLICIT_REQUEST,
                                "",
                                HandoffAction.HAND_OFF,
                                null,
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
        users.run(shop.tenant().admin(), () -> workspace.configure(shop.tenant().agent(), Set.of(), 1));

        String nobodyThere = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), nobodyThere);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.conversation(nobodyThere)))
                .satisfies(taken -> {
                    assertThat(taken.reason()).isEqualTo("nobody");
                    assertThat(taken.ticket()).isTrue();
                });

        users.run(shop.tenant().agent(), () -> workspace.heartbeat());
        String agentThere = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), agentThere);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.conversation(agentThere)))
                .satisfies(taken -> {
                    assertThat(taken.reason()).isEqualTo("asked");
                    assertThat(taken.ticket()).isFalse();
                });

        users.run(shop.tenant().agent(), () -> workspace.accept(agentThere));
        String agentFull = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), agentFull);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.conversation(agentFull))
                        .reason())
                .isEqualTo("nobody");

        users.run(shop.tenant().agent(), () -> workspace.close(agentThere, "Done."));
        users.run(shop.tenant().agent(), () -> workspace.setPresence(Presence.AWAY));
        String agentAway = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), agentAway);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.conversation(agentAway))
                        .reason())
                .isEqualTo("nobody");
    }

    @Test
    void suggested_answers_come_from_the_knowledge_base_and_insights_show_attributes_sentiment_and_topic() {
        var shop = ChatFixtures.tenantWithWidget(
                users,
                channels,
                "STARTER",
                List.of(
                        new FaqDraft(
                                "returns",
                                "Returns",
                                "How do I return an item?",
                                List.of("Can I send something back?", "What is your return policy?", "I want a refund"),
                                "Open My Orders and press Return within 30 days; the label is free.",
                                List.of(),
                                null),
                        new FaqDraft(
                                "shipping-time",
                                "Delivery",
                                "How long does delivery take?",
                                List.of("When will my parcel arrive?", "How many days is shipping?", "Delivery time?"),
                                "Parcels arrive in 2 to 4 working days.",
                                List.of(),
                                null)),
                List.of());
        EngineTestSupport.await(
                Duration.ofMinutes(3),
                "a live model",
                () -> jdbc.sql("SELECT COUNT(*) FROM engine_model WHERE tenant_id = ? AND status = 'LIVE'")
                                .param(shop.tenant().id().value())
                                .query(Long.class)
                                .single()
                        > 0);
        String conversation = chat.post(
                        shop.key(), "/conversations", "{\"locale\":\"en\",\"attributes\":{\"tier\":\"VIP\"}}", Map.of())
                .body()
                .path("id")
                .asString();
        chat.send(shop.key(), conversation, "m1", "How do I return an item?");
        chat.send(shop.key(), conversation, "m2", "This is terrible, I am angry: I want a refund");
        chat.handoff(shop.key(), conversation);

        var suggested = users.as(shop.tenant().agent(), () -> workspace.suggestedAnswers(conversation));
        assertThat(suggested).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(suggested.getFirst())
                .extracting(SuggestedAnswer::question, SuggestedAnswer::answer)
                .containsExactly(
                        "How do I return an item?",
                        "Open My Orders and press Return within 30 days; the label is free.");

        var insights = users.as(shop.tenant().agent(), () -> workspace.insights(conversation));
        assertThat(insights.attributes()).containsEntry("tier", "VIP");
        assertThat(insights.sentiment()).isEqualTo("NEGATIVE");
        assertThat(insights.negativity()).isGreaterThanOrEqualTo(0.5);
        assertThat(insights.topics()).contains("Returns").doesNotContain("Delivery");

        var other = ChatFixtures.tenantWithWidget(users, channels);
        assertThatThrownBy(() -> users.as(other.tenant().agent(), () -> workspace.suggestedAnswers(conversation)))
                .isInstanceOf(io.shopdesk.shared.NotFoundException.class);
    }
}
