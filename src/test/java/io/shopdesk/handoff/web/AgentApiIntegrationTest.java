package io.shopdesk.handoff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.handoff.HandoffPolicies;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent workspace's operations over HTTP ({@code /api/v1/agent}) with the real database and the chat API:
 * presence, transfer, flag for review, tickets, and the order the customer asked about on the queue's rows; bad
 * input gets a problem detail with its message key, and an agent of another tenant gets 404 for every operation on
 * the conversation while it stays as it was.
 */
@IntegrationTest
class AgentApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    HandoffPolicies policies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    record Answer(int status, String raw, JsonNode body) {

        String code() {
            return body.path("code").asString();
        }
    }

    private Answer send(String email, String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agent" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (email + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            return new Answer(response.statusCode(), raw, raw.isBlank() ? json.createObjectNode() : json.readTree(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer conversation(String agent, String conversation) {
        return send(agent, "GET", "/conversations/" + conversation, null);
    }

    /** A handed-off conversation the tenant's agent accepted over HTTP. */
    private String withAgent(ChatTenant shop) {
        String conversation = ChatFixtures.waitingConversation(chat, shop);
        assertThat(send(shop.tenant().agent(), "POST", "/conversations/" + conversation + "/accept", null)
                        .status())
                .isEqualTo(204);
        return conversation;
    }

    /** A conversation waiting as a ticket: the tenant's policy takes a message when the customer asks for a person. */
    private String ticket(ChatTenant shop) {
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
        assertThat(chat.send(shop.key(), conversation, "left-1", "Please call me back about my refund")
                        .status())
                .isEqualTo(201);
        return conversation;
    }

    /** The order the bot looked up in the conversation, as the order lookup remembers it. */
    private void orderLookedUp(ChatTenant shop, String conversation, String number, String status) {
        var now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO conversation_order (tenant_id, conversation_id, order_number, outcome, status, carrier,"
                        + " looked_up_at) VALUES (?, ?, ?, 'FOUND', ?, 'DHL Express', ?)")
                .params(shop.tenant().id().value(), conversation, number, status, now)
                .update();
    }

    private static int firstBotTurn(Answer conversation) {
        return conversation
                .body()
                .path("transcript")
                .valueStream()
                .filter(line ->
                        !line.path("outcome").isNull() && !line.path("outcome").isMissingNode())
                .findFirst()
                .orElseThrow()
                .path("seq")
                .asInt();
    }

    private static int firstCustomerLine(Answer conversation) {
        return conversation
                .body()
                .path("transcript")
                .valueStream()
                .filter(line -> line.path("author").asString().equals("CUSTOMER"))
                .findFirst()
                .orElseThrow()
                .path("seq")
                .asInt();
    }

    @Test
    void an_agent_reads_and_sets_their_presence_and_while_away_gets_no_queue_and_cannot_accept() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();
        String conversation = ChatFixtures.waitingConversation(chat, shop);

        var status = send(agent, "GET", "/presence", null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().path("email").asString()).isEqualTo(agent);
        assertThat(status.body().path("presence").asString()).isEqualTo("ONLINE");
        assertThat(status.body().path("maxChats").asInt()).isEqualTo(3);
        assertThat(status.body().path("ownedChats").asInt()).isZero();

        var away = send(agent, "PUT", "/presence", "{\"presence\":\"away\"}");
        assertThat(away.status()).isEqualTo(200);
        assertThat(away.body().path("presence").asString()).isEqualTo("AWAY");
        assertThat(send(agent, "GET", "/presence", null).body().path("presence").asString())
                .isEqualTo("AWAY");
        assertThat(send(agent, "GET", "/queue", null).body().size()).isZero();
        var refused = send(agent, "POST", "/conversations/" + conversation + "/accept", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("agent.error.away");
        assertThat(refused.body().path("detail").asString()).contains("You are away");

        assertThat(send(agent, "POST", "/presence/heartbeat", null).status()).isEqualTo(204);
        assertThat(send(agent, "PUT", "/presence", "{\"presence\":\"ONLINE\"}").status())
                .isEqualTo(200);
        assertThat(send(agent, "GET", "/queue", null).body().size()).isEqualTo(1);
        assertThat(send(agent, "POST", "/conversations/" + conversation + "/accept", null)
                        .status())
                .isEqualTo(204);
        assertThat(send(agent, "GET", "/presence", null)
                        .body()
                        .path("ownedChats")
                        .asInt())
                .isEqualTo(1);
        assertThat(send(agent, "GET", "/mine", null)
                        .body()
                        .get(0)
                        .path("conversationId")
                        .asString())
                .isEqualTo(conversation);
    }

    @Test
    void a_presence_that_is_neither_online_nor_away_is_refused_with_a_field_error_and_changes_nothing() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();

        for (String body : List.of("{\"presence\":\"BUSY\"}", "{}", "{\"presence\":null}")) {
            var refused = send(agent, "PUT", "/presence", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("agent.error.presence");
            assertThat(refused.body().path("field").asString()).isEqualTo("presence");
            assertThat(refused.body().path("detail").asString()).isEqualTo("Choose online or away.");
        }
        var malformed = send(agent, "PUT", "/presence", "{\"presence\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).doesNotContain("Exception");
        assertThat(send(agent, "GET", "/presence", null).body().path("presence").asString())
                .isEqualTo("ONLINE");
    }

    @Test
    void the_owner_transfers_to_another_skill_group_where_it_waits_again_and_bad_transfers_are_refused() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();
        String conversation = withAgent(shop);
        String path = "/conversations/" + conversation + "/transfer";

        var badName = send(agent, "POST", path, "{\"skillGroup\":\"billing team!\"}");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.code()).isEqualTo("handoff.error.skill-group");
        assertThat(badName.body().path("field").asString()).isEqualTo("skillGroup");
        assertThat(send(agent, "POST", path, "{}").code()).isEqualTo("handoff.error.skill-group");
        assertThat(send(agent, "POST", "/conversations/nosuchconversation1/transfer", "{\"skillGroup\":\"billing\"}")
                        .status())
                .isEqualTo(404);

        assertThat(send(agent, "POST", path, "{\"skillGroup\":\"billing\"}").status())
                .isEqualTo(204);
        var moved = conversation(agent, conversation).body();
        assertThat(moved.path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(moved.path("skillGroup").asString()).isEqualTo("billing");
        assertThat(moved.path("reason").asString())
                .as("keeps its handoff reason")
                .isEqualTo("low_confidence");
        var billingQueue = send(agent, "GET", "/queue?skillGroup=billing", null).body();
        assertThat(billingQueue.size()).isEqualTo(1);
        assertThat(billingQueue.get(0).path("conversationId").asString()).isEqualTo(conversation);
        assertThat(chat.messages(shop.key(), conversation, 0).raw())
                .as("the customer is told")
                .contains("We are passing you to colleagues who can help better.");

        var notYours = send(agent, "POST", path, "{\"skillGroup\":\"returns\"}");
        assertThat(notYours.status()).as("it waits now: nobody owns it").isEqualTo(409);
        assertThat(notYours.code()).isEqualTo("agent.error.not-yours");

        assertThat(send(agent, "POST", "/conversations/" + conversation + "/accept", null)
                        .status())
                .isEqualTo(204);
        var same = send(agent, "POST", path, "{\"skillGroup\":\"billing\"}");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.code()).isEqualTo("agent.error.same-group");
        assertThat(same.body().path("detail").asString()).contains("in this skill group already");
        assertThat(conversation(agent, conversation).body().path("state").asString())
                .isEqualTo("WITH_AGENT");
    }

    @Test
    void an_agent_flags_a_bot_turn_for_review_and_only_bot_turns_can_be_flagged() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();
        String conversation = ChatFixtures.waitingConversation(chat, shop);
        var read = conversation(agent, conversation);
        int botTurn = firstBotTurn(read);

        var customerLine = send(
                agent, "POST", "/conversations/" + conversation + "/turns/" + firstCustomerLine(read) + "/flag", null);
        assertThat(customerLine.status()).isEqualTo(400);
        assertThat(customerLine.code()).isEqualTo("agent.error.not-a-bot-turn");
        assertThat(send(agent, "POST", "/conversations/" + conversation + "/turns/999/flag", null)
                        .code())
                .isEqualTo("agent.error.not-a-bot-turn");
        var notANumber = send(agent, "POST", "/conversations/" + conversation + "/turns/three/flag", null);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("error.request-malformed");
        assertThat(send(agent, "POST", "/conversations/nosuchconversation1/turns/" + botTurn + "/flag", null)
                        .status())
                .isEqualTo(404);

        assertThat(send(agent, "POST", "/conversations/" + conversation + "/turns/" + botTurn + "/flag", null)
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT reason FROM review_item WHERE tenant_id = ? AND conversation_id = ?"
                                + " AND turn = ?")
                        .params(shop.tenant().id().value(), conversation, botTurn)
                        .query(String.class)
                        .optional()
                        .map("AGENT_FLAG"::equals)
                        .orElse(false));
    }

    @Test
    void an_agent_lists_the_messages_left_and_answers_one_which_closes_it_and_cannot_be_answered_twice() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();
        // Handed off by the default policy, before the ticket's policy replaces it.
        String live = ChatFixtures.waitingConversation(chat, shop);
        String conversation = ticket(shop);
        orderLookedUp(shop, conversation, "BW-10042", "Shipped");

        var tickets = send(agent, "GET", "/tickets", null).body();
        assertThat(tickets.size()).isEqualTo(1);
        assertThat(tickets.get(0).path("conversationId").asString()).isEqualTo(conversation);
        assertThat(tickets.get(0).path("reason").asString()).isEqualTo("always-message");
        assertThat(tickets.get(0).path("lastQuestion").asString()).isEqualTo("Please call me back about my refund");
        assertThat(tickets.get(0).path("order").path("orderNumber").asString()).isEqualTo("BW-10042");
        assertThat(send(agent, "GET", "/queue", null).raw())
                .as("not in the live queue")
                .doesNotContain(conversation);

        String path = "/tickets/" + conversation + "/answer";
        var empty = send(agent, "POST", path, "{\"text\":\"   \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("field").asString()).isEqualTo("text");
        assertThat(send(agent, "POST", path, "{}").status()).isEqualTo(400);
        assertThat(send(agent, "GET", "/tickets", null).body().size())
                .as("still waiting")
                .isEqualTo(1);

        var answered = send(agent, "POST", path, "{\"text\":\"We refunded you today.\"}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().path("author").asString()).isEqualTo("AGENT");
        assertThat(answered.body().path("text").asString()).isEqualTo("We refunded you today.");
        var read = chat.messages(shop.key(), conversation, 0).body();
        assertThat(read.path("state").asString()).isEqualTo("CLOSED");
        assertThat(send(agent, "GET", "/tickets", null).body().size()).isZero();

        var again = send(shop.tenant().admin(), "POST", path, "{\"text\":\"Me too.\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("agent.error.ticket-answered");

        var notATicket = send(agent, "POST", "/tickets/" + live + "/answer", "{\"text\":\"Hello\"}");
        assertThat(notATicket.status())
                .as("a live conversation is accepted, not answered")
                .isEqualTo(409);
        assertThat(send(agent, "POST", "/tickets/nosuchconversation1/answer", "{\"text\":\"Hello\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_queue_rows_carry_the_order_the_customer_asked_about() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        String agent = shop.tenant().agent();
        String withOrder = ChatFixtures.waitingConversation(chat, shop);
        String withoutOrder = ChatFixtures.waitingConversation(chat, shop);
        orderLookedUp(shop, withOrder, "BW-10042", "Shipped");

        var queue = send(agent, "GET", "/queue", null).body();
        assertThat(queue.size()).isEqualTo(2);
        var rows = queue.valueStream().toList();
        var ordered = rows.stream()
                .filter(row -> row.path("conversationId").asString().equals(withOrder))
                .findFirst()
                .orElseThrow();
        assertThat(ordered.path("order").path("orderNumber").asString()).isEqualTo("BW-10042");
        assertThat(ordered.path("order").path("outcome").asString()).isEqualTo("FOUND");
        assertThat(ordered.path("order").path("details").path("status").asString())
                .isEqualTo("Shipped");
        assertThat(ordered.path("position").asInt()).isEqualTo(1);
        var plain = rows.stream()
                .filter(row -> row.path("conversationId").asString().equals(withoutOrder))
                .findFirst()
                .orElseThrow();
        assertThat(plain.path("order").isNull() || plain.path("order").isMissingNode())
                .isTrue();
        assertThat(plain.path("lastQuestion").asString()).isEqualTo("blorp again");
    }

    @Test
    void an_agent_of_another_tenant_gets_404_for_every_operation_and_the_conversation_stays_as_it_was() {
        var shop = ChatFixtures.tenantWithWidget(users, channels);
        var other = ChatFixtures.tenantWithWidget(users, channels);
        String stranger = other.tenant().agent();
        String owned = withAgent(shop);
        int botTurn = firstBotTurn(conversation(shop.tenant().agent(), owned));
        String waiting = ChatFixtures.waitingConversation(chat, shop);
        orderLookedUp(shop, waiting, "BW-777", "Packed");
        String ticket = ticket(shop);

        for (String conversation : List.of(owned, waiting, ticket)) {
            String path = "/conversations/" + conversation;
            var read = send(stranger, "GET", path, null);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.raw()).doesNotContain("blorp");
            assertThat(send(stranger, "POST", path + "/accept", null).status()).isEqualTo(404);
            assertThat(send(stranger, "POST", path + "/transfer", "{\"skillGroup\":\"billing\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(send(stranger, "POST", path + "/turns/" + botTurn + "/flag", null)
                            .status())
                    .isEqualTo(404);
            assertThat(send(stranger, "POST", path + "/messages", "{\"text\":\"mine now\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(send(stranger, "POST", path + "/close", "{\"summary\":\"closed by B\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(send(stranger, "POST", "/tickets/" + conversation + "/answer", "{\"text\":\"B was here\"}")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(send(stranger, "GET", "/queue", null).raw()).isEqualTo("[]");
        assertThat(send(stranger, "GET", "/tickets", null).raw()).isEqualTo("[]");
        assertThat(send(stranger, "GET", "/mine", null).raw()).isEqualTo("[]");

        String agent = shop.tenant().agent();
        var stillOwned = conversation(agent, owned).body();
        assertThat(stillOwned.path("state").asString()).isEqualTo("WITH_AGENT");
        assertThat(stillOwned.path("agent").asString()).isEqualTo(agent);
        assertThat(stillOwned.path("skillGroup").asString("")).isEmpty();
        assertThat(stillOwned.toString()).doesNotContain("mine now").doesNotContain("closed by B");
        assertThat(conversation(agent, waiting).body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(conversation(agent, ticket).body().path("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(conversation(agent, ticket).raw()).doesNotContain("B was here");
        assertThat(send(agent, "GET", "/tickets", null).body().size()).isEqualTo(1);
        assertThat(send(agent, "GET", "/queue", null)
                        .body()
                        .get(0)
                        .path("order")
                        .path("orderNumber")
                        .asString())
                .isEqualTo("BW-777");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_item WHERE conversation_id = ? AND reason = 'AGENT_FLAG'")
                        .param(owned)
                        .query(Long.class)
                        .single())
                .as("nothing flagged by an agent")
                .isZero();
    }

    @Test
    void strangers_are_refused_with_401() {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agent/presence"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"presence\":\"AWAY\"}"))
                .header("Content-Type", "application/json")
                .build();
        try {
            assertThat(HttpClient.newHttpClient()
                            .send(request, HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(401);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
