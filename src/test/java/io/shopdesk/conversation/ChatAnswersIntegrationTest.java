package io.shopdesk.conversation;

import static io.shopdesk.testing.ChatFixtures.messageRows;
import static io.shopdesk.testing.ChatHttpClient.BRIGHTWAVE_DEMO_KEY;
import static io.shopdesk.testing.ChatHttpClient.YUNSHANG_DEMO_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.knowledge.FaqAnswer;
import io.shopdesk.knowledge.FaqAnswers;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.RecordedEvents;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bot's replies through the chat API with the real engine: answers, "did you mean" with quick replies, fallback,
 * votes, replays, odd but valid text, the stored turns and the events for review, handoff and reporting; and that a
 * tenant never receives another tenant's answer.
 */
@IntegrationTest
class ChatAnswersIntegrationTest {

    private static final Duration MODEL_READY = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    FaqManagement faq;

    @Autowired
    FaqAnswers faqAnswers;

    @Autowired
    DialogueSettingsManagement dialogue;

    @Autowired
    RecordedEvents events;

    @Autowired
    JdbcClient jdbc;

    ChatHttpClient chat;

    @BeforeEach
    void client() {
        chat = new ChatHttpClient(port);
    }

    private static List<FaqDraft> returnsAndShipping() {
        return List.of(
                new FaqDraft(
                        "returns",
                        "Orders",
                        "How do I return an item?",
                        List.of("Can I send something back?", "What is your return policy?", "I want a refund"),
                        "Open My Orders and press Return within 30 days; the label is free.",
                        List.of(),
                        null),
                new FaqDraft(
                        "shipping-time",
                        "Orders",
                        "How long does delivery take?",
                        List.of("When will my parcel arrive?", "How many days is shipping?", "Delivery time?"),
                        "Parcels arrive in 2 to 4 working days.",
                        List.of(),
                        null),
                new FaqDraft(
                        "gift-wrap",
                        "Orders",
                        "Do you offer gift wrapping?",
                        List.of("Can you wrap it as a present?", "Is gift packaging available?", "Gift wrap?"),
                        "Yes, choose Gift wrap at checkout for 2 euros.",
                        List.of(),
                        null));
    }

    /** Asks until the tenant's model answers (it may still be training just after the FAQ was added). */
    private JsonNode awaitAnswer(String key, String question) throws InterruptedException {
        long deadline = System.nanoTime() + MODEL_READY.toNanos();
        JsonNode last = null;
        int attempt = 0;
        while (System.nanoTime() < deadline) {
            String conversation = chat.start(key, "en").body().path("id").asString();
            var reply = chat.send(key, conversation, "probe-" + attempt++, question);
            last = reply.body();
            if (reply.status() == 503) {
                throw new AssertionError("No bot engine in this application: " + reply.raw());
            }
            if (reply.status() == 201
                    && reply.body()
                            .path("messages")
                            .get(1)
                            .path("kind")
                            .asString()
                            .equals("ANSWER")) {
                return reply.body();
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("The bot did not answer \"" + question + "\" in time: " + last);
    }

    private ChatTenant shopWithFaq() throws InterruptedException {
        var shop = ChatFixtures.tenantWithWidget(users, channels, "STARTER", returnsAndShipping(), List.of());
        awaitAnswer(shop.key(), "How do I return an item?");
        return shop;
    }

    private void thresholds(ChatTenant shop, double answer, double suggest) {
        users.run(
                shop.tenant().admin(),
                () -> dialogue.update(new DialogueSettingsDraft(answer, suggest, null, "Sorry, no idea. A person?")));
    }

    /** The answers as the chat API sends them to a web widget: plain text. */
    private Set<String> plainAnswers(TenantId tenant, List<FaqEntrySummary> entries) {
        return entries.stream()
                .map(entry -> TenantContext.callAs(tenant, () -> faqAnswers.answerFor(entry.id(), "WEB")))
                .flatMap(Optional::stream)
                .map(FaqAnswer::plainText)
                .collect(Collectors.toSet());
    }

    private long entryId(TenantId tenant, String key) {
        return TenantContext.callAs(tenant, faq::allEntries).stream()
                .filter(entry -> key.equals(entry.key()))
                .mapToLong(FaqEntrySummary::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_confident_match_is_answered_and_the_turn_is_stored_with_its_events() throws Exception {
        var shop = shopWithFaq();
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        var reply = chat.send(shop.key(), conversation, "q1", "How do I return an item?");

        assertThat(reply.status()).isEqualTo(201);
        var answer = reply.body().path("messages").get(1);
        assertThat(answer.path("kind").asString()).isEqualTo("ANSWER");
        assertThat(answer.path("text").asString()).contains("press Return within 30 days");
        assertThat(answer.path("html").asString()).contains("press Return within 30 days");
        assertThat(answer.path("votable").asBoolean()).isTrue();
        assertThat(answer.path("replyTo").asInt()).isEqualTo(2);
        long returns = entryId(shop.tenant().id(), "returns");
        var stored = jdbc.sql("SELECT question, outcome, faq_entry_id, confidence, candidate1_id, model_version"
                        + " FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.public_id = ? AND m.seq = 3")
                .param(conversation)
                .query((rs, row) -> List.of(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5), rs.getLong(6)))
                .single();
        assertThat(stored.get(0)).isEqualTo("How do I return an item?");
        assertThat(stored.get(1)).isEqualTo("ANSWERED");
        assertThat(stored.get(2)).isEqualTo(returns);
        assertThat((Double) stored.get(3)).isGreaterThanOrEqualTo(0.7);
        assertThat(stored.get(4)).isEqualTo(returns);
        assertThat(events.ofType(BotAnswered.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo(BotOutcome.ANSWERED);
                    assertThat(event.faqEntryId()).isEqualTo(returns);
                    assertThat(event.turn()).isEqualTo(3);
                    assertThat(event.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                    assertThat(event.modelVersion()).isEqualTo(stored.get(5));
                    assertThat(event.question()).isEqualTo("How do I return an item?");
                });
        assertThat(events.ofType(AnswerNeedsReview.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .isEmpty();
    }

    @Test
    void a_replayed_question_returns_the_stored_reply_and_is_not_answered_twice() throws Exception {
        var shop = shopWithFaq();
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        var first = chat.send(shop.key(), conversation, "same-id", "When will my parcel arrive?");
        long rows = messageRows(jdbc, conversation);

        var again = chat.send(shop.key(), conversation, "same-id", "When will my parcel arrive?");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("replayed").asBoolean()).isTrue();
        assertThat(again.body().path("messages")).isEqualTo(first.body().path("messages"));
        assertThat(messageRows(jdbc, conversation)).isEqualTo(rows);
        assertThat(events.ofType(BotAnswered.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .hasSize(1);
    }

    @Test
    void between_the_thresholds_the_bot_offers_quick_replies_and_a_pick_answers_that_entry() throws Exception {
        var shop = shopWithFaq();
        thresholds(shop, 1.0, 0.0);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        var reply = chat.send(shop.key(), conversation, "q1", "I would like my money back for the parcel");

        var offer = reply.body().path("messages").get(1);
        assertThat(offer.path("kind").asString()).isEqualTo("SUGGESTIONS");
        assertThat(offer.path("text").asString())
                .isEqualTo("I'm not quite sure what you mean. Did you mean one of these?");
        assertThat(offer.path("suggestions").size()).isBetween(1, 3);
        assertThat(events.ofType(AnswerNeedsReview.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo(ReviewReason.LOW_CONFIDENCE);
                    assertThat(event.question()).isEqualTo("I would like my money back for the parcel");
                    assertThat(event.answeredFaqEntryId()).isNull();
                    assertThat(event.candidates()).isNotEmpty();
                });
        var pick = offer.path("suggestions").get(0);
        long entry = pick.path("faqEntryId").asLong();

        var chosen =
                chat.choose(shop.key(), conversation, "q2", offer.path("seq").asInt(), entry);

        assertThat(chosen.status()).isEqualTo(201);
        assertThat(chosen.body().path("messages").get(0).path("text").asString())
                .isEqualTo(pick.path("question").asString());
        var answer = chosen.body().path("messages").get(1);
        assertThat(answer.path("kind").asString()).isEqualTo("ANSWER");
        assertThat(events.ofType(BotAnswered.class).stream()
                        .filter(event -> event.conversationId().equals(conversation))
                        .map(BotAnswered::outcome))
                .containsExactly(BotOutcome.SUGGESTED, BotOutcome.CHOSEN);
        assertThat(chat.choose(shop.key(), conversation, "q3", offer.path("seq").asInt(), 987_654_321L)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void below_the_suggest_threshold_the_bot_falls_back_offers_a_person_and_asks_for_review() throws Exception {
        var shop = shopWithFaq();
        thresholds(shop, 1.0, 1.0);
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();

        var reply = chat.send(shop.key(), conversation, "q1", "Do you sell tractors on Mars?");

        var fallback = reply.body().path("messages").get(1);
        assertThat(fallback.path("kind").asString()).isEqualTo("FALLBACK");
        assertThat(fallback.path("text").asString()).isEqualTo("Sorry, no idea. A person?");
        assertThat(fallback.path("offerHandoff").asBoolean()).isTrue();
        assertThat(fallback.path("votable").asBoolean()).isFalse();
        assertThat(events.ofType(AnswerNeedsReview.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo(ReviewReason.FALLBACK));

        chat.handoff(shop.key(), conversation);
        assertThat(events.ofType(HandoffRequested.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> assertThat(event.lastQuestion()).isEqualTo("Do you sell tractors on Mars?"));
    }

    @Test
    void votes_are_stored_once_per_value_and_not_helpful_asks_for_review() throws Exception {
        var shop = shopWithFaq();
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        var reply = chat.send(shop.key(), conversation, "q1", "Do you offer gift wrapping?");
        int seq = reply.body().path("messages").get(1).path("seq").asInt();

        assertThat(chat.vote(shop.key(), conversation, seq, true)
                        .body()
                        .path("vote")
                        .asString())
                .isEqualTo("HELPFUL");
        chat.vote(shop.key(), conversation, seq, true);
        var changed = chat.vote(shop.key(), conversation, seq, false);

        assertThat(changed.body().path("vote").asString()).isEqualTo("NOT_HELPFUL");
        assertThat(events.ofType(AnswerVoted.class).stream()
                        .filter(event -> event.conversationId().equals(conversation))
                        .map(AnswerVoted::helpful))
                .containsExactly(true, false);
        assertThat(events.ofType(AnswerNeedsReview.class).stream()
                        .filter(event -> event.conversationId().equals(conversation)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reason()).isEqualTo(ReviewReason.NOT_HELPFUL);
                    assertThat(event.answeredFaqEntryId())
                            .isEqualTo(entryId(shop.tenant().id(), "gift-wrap"));
                });
        assertThat(chat.vote(shop.key(), conversation, 1, true).status()).isEqualTo(404);
    }

    @Test
    void odd_but_valid_text_gets_a_sane_reply_and_is_stored_as_sent() throws Exception {
        var shop = shopWithFaq();
        String conversation = chat.start(shop.key(), "en").body().path("id").asString();
        var texts = List.of(
                "😀😀😀🙏",
                "<script>alert('x')</script><img src=x onerror=alert(1)>",
                "' OR 1=1; DROP TABLE chat_message; --",
                "a".repeat(2000),
                "   what\n\n\n\nabout   returns?   ");
        int i = 0;
        for (String text : texts) {
            var reply = chat.send(shop.key(), conversation, "odd-" + i++, text);
            assertThat(reply.status()).as(text).isEqualTo(201);
            var kinds = reply.body()
                    .path("messages")
                    .valueStream()
                    .map(message -> message.path("kind").asString())
                    .toList();
            assertThat(kinds.getFirst()).isEqualTo("TEXT");
            assertThat(kinds.get(1)).isIn("ANSWER", "SUGGESTIONS", "FALLBACK");
        }
        // Odd text mostly falls back, so the handoff policy may hand off on the way: its notice is one more row.
        var stored = chat.messages(shop.key(), conversation, 0).body().path("messages");
        var fromCustomer = stored.valueStream()
                .filter(message -> message.path("author").asString().equals("CUSTOMER"))
                .map(message -> message.path("text").asString())
                .toList();
        assertThat(fromCustomer.get(1)).isEqualTo("<script>alert('x')</script><img src=x onerror=alert(1)>");
        assertThat(fromCustomer.get(2)).isEqualTo("' OR 1=1; DROP TABLE chat_message; --");
        assertThat(fromCustomer.get(4)).isEqualTo("what\n\nabout returns?");
        long notices = stored.valueStream()
                .filter(message -> message.path("kind").asString().equals("HANDOFF"))
                .count();
        assertThat(notices).isLessThanOrEqualTo(1);
        assertThat(messageRows(jdbc, conversation)).isEqualTo(1 + 2L * texts.size() + notices);
    }

    @Test
    void a_tenant_never_receives_another_tenants_answer() throws Exception {
        awaitAnswer(BRIGHTWAVE_DEMO_KEY, "How much does shipping cost?");
        var yunshang = TenantContext.callAs(new TenantId("yunshang"), faq::allEntries);
        var brightwave = TenantContext.callAs(new TenantId("brightwave"), faq::allEntries);
        // Both demo models must be live (the second may still be training in a fresh test context)
        awaitAnswer(YUNSHANG_DEMO_KEY, yunshang.getFirst().question());
        Set<String> yunshangAnswers = plainAnswers(new TenantId("yunshang"), yunshang);
        Set<String> brightwaveAnswers = plainAnswers(new TenantId("brightwave"), brightwave);
        String onYunshang =
                chat.start(YUNSHANG_DEMO_KEY, "en").body().path("id").asString();
        String onBrightwave =
                chat.start(BRIGHTWAVE_DEMO_KEY, "zh-CN").body().path("id").asString();

        int i = 0;
        for (var entry : brightwave.subList(0, Math.min(12, brightwave.size()))) {
            var reply = chat.send(YUNSHANG_DEMO_KEY, onYunshang, "x" + i++, entry.question());
            assertThat(reply.status()).isEqualTo(201);
            String text = reply.body().path("messages").get(1).path("text").asString();
            assertThat(brightwaveAnswers).doesNotContain(text);
            Thread.sleep(1000);
        }
        for (var entry : yunshang.subList(0, Math.min(12, yunshang.size()))) {
            var reply = chat.send(BRIGHTWAVE_DEMO_KEY, onBrightwave, "y" + i++, entry.question());
            assertThat(reply.status()).isEqualTo(201);
            String text = reply.body().path("messages").get(1).path("text").asString();
            assertThat(yunshangAnswers).doesNotContain(text);
            Thread.sleep(1000);
        }
        var ownAnswer = chat.send(
                YUNSHANG_DEMO_KEY, onYunshang, "own", yunshang.getFirst().question());
        assertThat(yunshangAnswers)
                .contains(ownAnswer.body().path("messages").get(1).path("text").asString());
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM chat_message m JOIN faq_entry e ON e.id = m.faq_entry_id
                        WHERE e.tenant_id <> m.tenant_id""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM chat_message m
                        JOIN faq_entry e ON e.id IN (m.candidate1_id, m.candidate2_id, m.candidate3_id)
                        WHERE e.tenant_id <> m.tenant_id""").query(Long.class).single()).isZero();
    }
}
