package io.shopdesk.conversation;

import static io.shopdesk.testing.ChatFixtures.messageRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to the chat API: every refusal is a clear 4xx problem detail (never a stack trace), and nothing is
 * stored for it. Odd but valid text (emoji only, HTML) is answered: see the tests with the real engine.
 */
@IntegrationTest
class ChatBadInputIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;
    ChatTenant shop;
    String conversation;

    @BeforeEach
    void a_started_conversation() {
        chat = new ChatHttpClient(port);
        shop = ChatFixtures.tenantWithWidget(users, channels);
        conversation = chat.start(shop.key(), null).body().path("id").asString();
    }

    private ChatHttpClient.Reply sendJson(Map<String, Object> body) {
        return chat.post(shop.key(), messagesPath(), JSON.writeValueAsString(body), Map.of());
    }

    private String messagesPath() {
        return "/conversations/" + conversation + "/messages";
    }

    private void assertRefused(ChatHttpClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.body().path("code").asString()).isEqualTo(code);
        assertThat(reply.body().path("detail").asString()).isNotBlank();
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(messageRows(jdbc, conversation))
                .as("only the greeting is stored")
                .isEqualTo(1);
    }

    @Test
    void an_empty_or_blank_message_is_refused() {
        assertRefused(chat.send(shop.key(), conversation, "e1", ""), 400, "chat.error.text-required");
        assertRefused(chat.send(shop.key(), conversation, "e2", " \n\t  \r\n "), 400, "chat.error.text-required");
        assertRefused(chat.send(shop.key(), conversation, "e3", "\u200B\u200B\uFEFF"), 400, "chat.error.text-required");
        assertRefused(sendJson(Map.of("clientMessageId", "e4")), 400, "chat.error.text-required");
        var field = chat.send(shop.key(), conversation, "e5", "");
        assertThat(field.body().path("field").asString()).isEqualTo("text");
    }

    @Test
    void a_message_over_2000_characters_is_refused_and_a_100_kb_body_is_too_large() {
        var tooLong = chat.send(shop.key(), conversation, "l1", "好".repeat(2001));
        assertRefused(tooLong, 400, "chat.error.text-too-long");
        assertThat(tooLong.body().path("detail").asString()).contains("2,000");
        var hundredKb = chat.send(shop.key(), conversation, "l2", "x".repeat(100 * 1024));
        assertRefused(hundredKb, 413, "chat.error.body-too-large");
        var chinese = chat.post(
                shop.key(),
                messagesPath(),
                "{\"clientMessageId\":\"l3\",\"text\":\"" + "好".repeat(40_000) + "\"}",
                Map.of("Accept-Language", "zh-CN"));
        assertRefused(chinese, 413, "chat.error.body-too-large");
        assertThat(chinese.body().path("detail").asString()).contains("请求过大");
    }

    @Test
    void exactly_2000_characters_after_normalising_whitespace_pass_validation() {
        // Passes validation and reaches the bot: only the bot's answer (or its absence) decides the status then.
        var status = chat.send(shop.key(), conversation, "ok1", "  " + "a".repeat(2000) + "   \n\n\n ")
                .status();
        assertThat(status).isNotEqualTo(400).isNotEqualTo(413);
    }

    @Test
    void binary_and_control_characters_are_refused() {
        assertRefused(chat.send(shop.key(), conversation, "b1", "abc\u0000def"), 400, "chat.error.text-binary");
        assertRefused(chat.send(shop.key(), conversation, "b2", "bell\u0007"), 400, "chat.error.text-binary");
        assertRefused(chat.send(shop.key(), conversation, "b3", "\u001B[31mred"), 400, "chat.error.text-binary");
        assertRefused(chat.send(shop.key(), conversation, "b4", "broken \uFFFD bytes"), 400, "chat.error.text-binary");
        assertRefused(
                chat.post(shop.key(), messagesPath(), "{\"clientMessageId\":\"b5\",\"text\":\"\\ud800x\"}", Map.of()),
                400,
                "chat.error.text-binary");
    }

    @Test
    void bodies_that_are_not_json_text_are_refused() {
        byte[] invalidUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertRefused(
                chat.postBytes(shop.key(), messagesPath(), invalidUtf8, Map.of()), 400, "error.request-malformed");
        byte[] random = new byte[512];
        new java.util.Random(7).nextBytes(random);
        assertRefused(chat.postBytes(shop.key(), messagesPath(), random, Map.of()), 400, "error.request-malformed");
        assertRefused(chat.post(shop.key(), messagesPath(), "{not json", Map.of()), 400, "error.request-malformed");
        assertRefused(chat.post(shop.key(), messagesPath(), "", Map.of()), 400, "error.request-malformed");
        assertRefused(
                chat.postBytes(
                        shop.key(),
                        messagesPath(),
                        "hello".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/octet-stream")),
                415,
                "error.request-media-type");
        assertRefused(
                chat.post(shop.key(), messagesPath(), "{\"clientMessageId\":\"j1\",\"text\":[1,2]}", Map.of()),
                400,
                "error.request-malformed");
    }

    @Test
    void a_message_needs_a_sensible_client_message_id() {
        assertRefused(sendJson(Map.of("text", "Hello")), 400, "chat.error.client-id");
        assertRefused(chat.send(shop.key(), conversation, "has spaces", "Hello"), 400, "chat.error.client-id");
        assertRefused(chat.send(shop.key(), conversation, "x".repeat(65), "Hello"), 400, "chat.error.client-id");
        assertRefused(chat.send(shop.key(), conversation, "<script>", "Hello"), 400, "chat.error.client-id");
    }

    @Test
    void a_choice_that_was_never_offered_is_refused() {
        assertRefused(chat.choose(shop.key(), conversation, "c1", 1, 12345L), 400, "chat.error.choice-unknown");
        assertRefused(
                chat.post(shop.key(), messagesPath(), "{\"clientMessageId\":\"c2\",\"choice\":{}}", Map.of()),
                400,
                "chat.error.choice-unknown");
    }

    @Test
    void votes_need_a_value_and_an_answer_to_vote_on() {
        var noValue = chat.post(shop.key(), "/conversations/" + conversation + "/messages/1/vote", "{}", Map.of());
        assertRefused(noValue, 400, "chat.error.vote-required");
        assertRefused(chat.vote(shop.key(), conversation, 1, true), 404, "error.not-found");
        assertRefused(chat.vote(shop.key(), conversation, 99, false), 404, "error.not-found");
        assertRefused(
                chat.post(shop.key(), "/conversations/" + conversation + "/messages/abc/vote", "{}", Map.of()),
                400,
                "error.request-malformed");
    }
}
