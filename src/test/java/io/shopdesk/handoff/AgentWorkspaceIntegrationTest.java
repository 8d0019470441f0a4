package io.shopdesk.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationOutcome;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.TranscriptLine;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ownership of handed-off conversations with a real database and the chat API: the queue, accepting (two agents at
 * once: exactly one wins), the bot staying silent while an agent owns the conversation, live agent messages,
 * closing with a summary and the customer's rating.
 */
@IntegrationTest
class AgentWorkspaceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    AgentWorkspace workspace;

    @Autowired
    RecordedEvents events;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    private String waitingConversation(ChatTenant shop) {
        return ChatFixtures.waitingConversation(chat, shop);
    }

    @Test
    void two_agents_accepting_the_same_conversation_at_once_exactly_one_gets_it() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        var barrier = new CyclicBarrier(2);
        Callable<Boolean> admin = () -> users.as(shop.tenant().admin(), () -> {
            await(barrier);
            return workspace.accept(conversation);
        });
        Callable<Boolean> agent = () -> users.as(shop.tenant().agent(), () -> {
            await(barrier);
            return workspace.accept(conversation);
        });

        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(admin);
            var second = pool.submit(agent);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        }
        var taken = users.as(shop.tenant().agent(), () -> workspace.conversation(conversation));
        assertThat(taken.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(taken.agent()).isIn(shop.tenant().admin(), shop.tenant().agent());
        assertThat(users.as(shop.tenant().agent(), () -> workspace.queue(null)))
                .noneMatch(queued -> queued.conversationId().equals(conversation));
    }

    @Test
    void the_queue_shows_the_reason_and_the_transcript_the_bots_confidence_per_turn() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);

        var queue = users.as(shop.tenant().agent(), () -> workspace.queue(null));
        assertThat(queue).singleElement().satisfies(queued -> {
            assertThat(queued.conversationId()).isEqualTo(conversation);
            assertThat(queued.reason()).isEqualTo("low_confidence");
            assertThat(queued.position()).isEqualTo(1);
        });
        var transcript = users.as(shop.tenant().agent(), () -> workspace.conversation(conversation))
                .transcript();
        assertThat(transcript)
                .filteredOn(line -> line.outcome() != null)
                .extracting(TranscriptLine::outcome)
                .containsExactly(BotOutcome.FALLBACK, BotOutcome.FALLBACK);
        assertThat(transcript)
                .filteredOn(line -> line.outcome() != null)
                .allSatisfy(line -> assertThat(line.confidence()).isNotNull());
    }

    @Test
    void while_an_agent_owns_the_conversation_the_bot_is_silent_and_the_customer_reads_the_agent() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.accept(conversation)))
                .isTrue();

        var sent = chat.send(shop.key(), conversation, "m3", "hello, anybody?");
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().path("state").asString()).isEqualTo("WITH_AGENT");
        assertThat(sent.body()
                        .path("messages")
                        .valueStream()
                        .map(message -> message.path("author").asString()))
                .containsExactly("CUSTOMER");
        users.as(shop.tenant().agent(), () -> workspace.write(conversation, "Hi, I'm Lin. Let me check."));

        var read = chat.messages(shop.key(), conversation, 0).body().path("messages");
        var last = read.get(read.size() - 1);
        assertThat(last.path("author").asString()).isEqualTo("AGENT");
        assertThat(last.path("text").asString()).isEqualTo("Hi, I'm Lin. Let me check.");
        assertThat(read.valueStream()
                        .filter(message -> message.path("author").asString().equals("BOT"))
                        .count())
                .as("the greeting and the two fallbacks only")
                .isEqualTo(3);
        assertThatThrownBy(() -> users.as(shop.tenant().admin(), () -> workspace.write(conversation, "me too")))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void the_agent_closes_with_a_summary_and_the_customer_rates_it() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);
        users.as(shop.tenant().agent(), () -> workspace.accept(conversation));
        users.as(shop.tenant().agent(), () -> workspace.write(conversation, "Refund sent."));

        assertThat(chat.post(shop.key(), "/conversations/" + conversation + "/rating", "{\"score\":5}", Map.of())
                        .status())
                .as("not closed yet")
                .isEqualTo(409);
        users.run(shop.tenant().agent(), () -> workspace.close(conversation, "Refunded order 1234."));

        assertThat(events.ofType(ConversationClosed.class))
                .filteredOn(closed -> closed.conversationId().equals(conversation))
                .singleElement()
                .satisfies(closed -> {
                    assertThat(closed.outcome()).isEqualTo(ConversationOutcome.RESOLVED_BY_AGENT);
                    assertThat(closed.handoffReason()).isEqualTo("low_confidence");
                    assertThat(closed.agent()).isEqualTo(shop.tenant().agent());
                    assertThat(closed.customerMessages()).isEqualTo(2);
                });
        assertThat(chat.messages(shop.key(), conversation, 0)
                        .body()
                        .path("state")
                        .asString())
                .isEqualTo("CLOSED");
        assertThat(chat.post(shop.key(), "/conversations/" + conversation + "/rating", "{\"score\":9}", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(chat.post(shop.key(), "/conversations/" + conversation + "/rating", "{\"score\":4}", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(events.ofType(ConversationRated.class))
                .filteredOn(rated -> rated.conversationId().equals(conversation))
                .singleElement()
                .satisfies(rated -> {
                    assertThat(rated.score()).isEqualTo(4);
                    assertThat(rated.agentHandled()).isTrue();
                });
    }

    @Test
    void agents_of_another_tenant_never_see_or_take_the_conversation() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var other = ChatFixtures.tenantWithWidget(users, channels);
        String conversation = waitingConversation(shop);

        assertThat(users.as(other.tenant().agent(), () -> workspace.queue(null)))
                .isEmpty();
        assertThatThrownBy(() -> users.as(other.tenant().agent(), () -> workspace.accept(conversation)))
                .isInstanceOf(io.shopdesk.shared.NotFoundException.class);
        assertThatThrownBy(() -> users.as(other.tenant().agent(), () -> workspace.conversation(conversation)))
                .isInstanceOf(io.shopdesk.shared.NotFoundException.class);
        assertThat(users.as(shop.tenant().agent(), () -> workspace.queue(null))).hasSize(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
