package io.shopdesk.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationReopened;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.ReopenRoute;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What happens after a close, with a real database and the chat API: a customer who writes again reopens the
 * conversation to the bot, to the last agent or to the queue as the tenant's policy says; and messages left while
 * nobody could answer become tickets that an agent answers later, the reply reaching the customer's conversation.
 */
@IntegrationTest
class ReopenAndTicketsIntegrationTest {

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
    RecordedEvents events;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    /** A conversation the agent took and closed. */
    private String closedByAgent(ChatTenant shop) {
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), conversation);
        users.run(shop.tenant().agent(), () -> workspace.accept(conversation));
        users.run(shop.tenant().agent(), () -> workspace.write(conversation, "Your parcel is on its way."));
        users.run(shop.tenant().agent(), () -> workspace.close(conversation, "Told the customer."));
        return conversation;
    }

    private static List<String> authors(JsonNode reply) {
        return reply.path("messages")
                .valueStream()
                .map(message -> message.path("author").asString())
                .toList();
    }

    private List<ConversationReopened> reopened(String conversation) {
        return events.ofType(ConversationReopened.class).stream()
                .filter(event -> event.conversationId().equals(conversation))
                .toList();
    }

    @Test
    void by_default_a_customer_writing_in_a_closed_conversation_is_back_with_the_bot() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = closedByAgent(shop);

        var sent = chat.send(shop.key(), conversation, "again-1", "One more question");
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().path("state").asString()).isEqualTo("OPEN");
        assertThat(authors(sent.body())).containsExactly("CUSTOMER", "BOT");
        assertThat(reopened(conversation))
                .singleElement()
                .satisfies(event -> assertThat(event.toLastAgent()).isFalse());
    }

    @Test
    void with_last_agent_the_conversation_goes_back_to_that_agent_while_they_are_there_and_else_to_the_queue() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        users.run(shop.tenant().admin(), () -> policies.saveReopenRoute(ReopenRoute.LAST_AGENT));
        assertThat(users.as(shop.tenant().admin(), () -> policies.reopenRoute()))
                .isEqualTo(ReopenRoute.LAST_AGENT);

        users.run(shop.tenant().agent(), () -> workspace.heartbeat());
        String conversation = closedByAgent(shop);
        var sent = chat.send(shop.key(), conversation, "again-1", "It has not arrived after all");
        assertThat(sent.body().path("state").asString()).isEqualTo("WITH_AGENT");
        assertThat(authors(sent.body())).as("the bot stays silent").containsExactly("CUSTOMER");
        var back = users.as(shop.tenant().agent(), () -> workspace.conversation(conversation));
        assertThat(back.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(back.agent()).isEqualTo(shop.tenant().agent());
        assertThat(users.as(shop.tenant().agent(), () -> workspace.mine()))
                .extracting(queued -> queued.conversationId())
                .containsExactly(conversation);
        assertThat(reopened(conversation))
                .singleElement()
                .satisfies(event -> assertThat(event.toLastAgent()).isTrue());

        users.run(shop.tenant().agent(), () -> workspace.close(conversation, "Resent."));
        assertThat(events.ofType(ConversationClosed.class))
                .filteredOn(closed -> closed.conversationId().equals(conversation))
                .extracting(ConversationClosed::reopened)
                .containsExactly(false, true);

        users.run(shop.tenant().agent(), () -> workspace.leave());
        var queued = chat.send(shop.key(), conversation, "again-2", "Still nothing");
        assertThat(queued.body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(users.as(shop.tenant().admin(), () -> workspace.queue(null)))
                .extracting(waiting -> waiting.conversationId())
                .containsExactly(conversation);
    }

    @Test
    void a_message_left_while_nobody_can_answer_is_a_ticket_that_an_agent_answers_later_through_the_channel() {
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
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        assertThat(chat.handoff(shop.key(), conversation).body().path("state").asString())
                .isEqualTo("WAITING_FOR_AGENT");

        var left = chat.send(shop.key(), conversation, "left-1", "Please call me back about order 5521");
        assertThat(left.status()).isEqualTo(201);
        assertThat(authors(left.body())).as("the bot stays silent on a ticket").containsExactly("CUSTOMER");
        assertThat(left.body().path("queuePosition").asInt(0)).isZero();
        assertThat(users.as(shop.tenant().agent(), () -> workspace.queue(null))).isEmpty();
        assertThat(users.as(shop.tenant().agent(), () -> workspace.tickets()))
                .singleElement()
                .satisfies(ticket -> {
                    assertThat(ticket.conversationId()).isEqualTo(conversation);
                    assertThat(ticket.reason()).isEqualTo("nobody");
                    assertThat(ticket.lastQuestion()).isEqualTo("Please call me back about order 5521");
                });

        users.run(
                shop.tenant().agent(),
                () -> workspace.answerTicket(conversation, "We called you: order 5521 ships today."));

        var read = chat.messages(shop.key(), conversation, 0).body();
        assertThat(read.path("state").asString()).isEqualTo("CLOSED");
        var last = read.path("messages").get(read.path("messages").size() - 1);
        assertThat(last.path("author").asString()).isEqualTo("AGENT");
        assertThat(last.path("text").asString()).isEqualTo("We called you: order 5521 ships today.");
        assertThat(users.as(shop.tenant().agent(), () -> workspace.tickets())).isEmpty();
        assertThat(events.ofType(ConversationClosed.class))
                .filteredOn(closed -> closed.conversationId().equals(conversation))
                .singleElement()
                .satisfies(closed -> {
                    assertThat(closed.agent()).isEqualTo(shop.tenant().agent());
                    assertThat(closed.handoffReason()).isEqualTo("nobody");
                });
        assertThatThrownBy(() -> users.run(shop.tenant().admin(), () -> workspace.answerTicket(conversation, "Me too")))
                .isInstanceOfSatisfying(
                        RequestRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agent.error.ticket-answered"));
        assertThat(chat.post(
                                shop.key(),
                                "/conversations/" + conversation + "/rating",
                                "{\"score\":5}",
                                java.util.Map.of())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void agents_of_another_tenant_cannot_answer_a_ticket_or_see_it() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var other = ChatFixtures.tenantWithWidget(users, channels);
        users.run(
                shop.tenant().admin(),
                () -> policies.save(List.of(new HandoffRule(
                        "always-message",
                        HandoffRuleType.EXPLICIT_REQUEST,
                        "",
                        HandoffAction.TAKE_MESSAGE,
                        null,
                        null,
                        true))));
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        chat.handoff(shop.key(), conversation);

        assertThat(users.as(other.tenant().agent(), () -> workspace.tickets())).isEmpty();
        assertThatThrownBy(() -> users.run(other.tenant().agent(), () -> workspace.answerTicket(conversation, "Hi")))
                .isInstanceOf(io.shopdesk.shared.NotFoundException.class);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.tickets())).hasSize(1);
    }
}
