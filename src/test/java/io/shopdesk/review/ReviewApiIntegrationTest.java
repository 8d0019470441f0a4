package io.shopdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.TurnCandidate;
import io.shopdesk.engine.AnswerCandidate;
import io.shopdesk.engine.BotAnswer;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue over HTTP ({@code /api/v1/review}): a trainer lists the clusters and works an item; tenant A's
 * trainer tries every action on tenant B's item and gets 404 each time while B's item stays open; agents get 403,
 * strangers 401, bad requests a problem detail. Also: a question flagged from the try-it panel joins the queue.
 */
@IntegrationTest
class ReviewApiIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ReviewQueue queue;

    @Autowired
    FaqManagement faq;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    TestTenant a;
    TestTenant b;
    long returnsOfA;
    long entryOfB;

    @BeforeEach
    void two_tenants() {
        a = users.newTenant("STARTER", List.of(draft("returns", "How do I return an item?")));
        b = users.newTenant("STARTER", List.of(draft("secret", "What is the wholesale price?")));
        returnsOfA = users.as(a.trainer(), faq::allEntries).getFirst().id();
        entryOfB = users.as(b.trainer(), faq::allEntries).getFirst().id();
    }

    private static FaqDraft draft(String key, String question) {
        return new FaqDraft(key, null, question, List.of(), "Answer: " + question, List.of(), FaqStatus.PUBLISHED);
    }

    private long report(TestTenant tenant, String question, long candidate) {
        String conversation = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        transactions.executeWithoutResult(status -> events.publishEvent(new AnswerNeedsReview(
                tenant.id(),
                conversation,
                2,
                ReviewReason.LOW_CONFIDENCE,
                question,
                null,
                0.42,
                List.of(new TurnCandidate(candidate, 0.42)),
                1,
                "en",
                Instant.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> users.as(tenant.trainer(), queue::countOpen) >= 1);
        return users.as(tenant.trainer(), queue::openClusters).stream()
                .flatMap(cluster -> cluster.items().stream())
                .filter(item -> item.question().equals(question))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void a_trainer_lists_the_clusters_and_picks_the_right_entry_over_http() {
        long item = report(a, "the shoes do not fit, what now", returnsOfA);

        var list = send(a.trainer(), "GET", "/api/v1/review", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("the shoes do not fit, what now")
                .contains("\"confidence\":0.42")
                .contains("LOW_CONFIDENCE");

        var picked = send(
                a.trainer(), "POST", "/api/v1/review/items/" + item + "/pick", "{\"faqEntryId\":" + returnsOfA + "}");
        assertThat(picked.statusCode()).isEqualTo(200);
        assertThat(picked.body()).contains("\"resolution\":\"ENTRY_PICKED\"");
        assertThat(users.as(a.trainer(), () -> faq.entry(returnsOfA)).similarQuestions())
                .containsExactly("the shoes do not fit, what now");

        var again = send(a.trainer(), "POST", "/api/v1/review/items/" + item + "/confirm", null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("review.error.already-resolved").doesNotContain("Exception");
    }

    @Test
    void a_bad_request_gets_a_problem_detail_and_changes_nothing() {
        long item = report(a, "do you sell socks", returnsOfA);
        var noEntry = send(a.trainer(), "POST", "/api/v1/review/items/" + item + "/pick", "{}");
        assertThat(noEntry.statusCode()).isEqualTo(400);
        assertThat(noEntry.body()).contains("review.error.entry-required");
        var badAnswer = send(
                a.trainer(),
                "POST",
                "/api/v1/review/items/" + item + "/create",
                "{\"question\":\"Do you sell socks?\",\"answer\":\"<script>alert(1)</script>\"}");
        assertThat(badAnswer.statusCode()).isEqualTo(400);
        assertThat(badAnswer.body()).doesNotContain("Exception");
        assertThat(users.as(a.trainer(), () -> queue.item(item)).open()).isTrue();
        assertThat(users.as(a.trainer(), faq::allEntries)).hasSize(1);
    }

    @Test
    void another_tenants_item_answers_404_to_every_action_and_stays_open() {
        long itemOfB = report(b, "b-secret-question", entryOfB);
        report(a, "question of A", returnsOfA);

        var listOfA = send(a.trainer(), "GET", "/api/v1/review", null);
        assertThat(listOfA.body()).contains("question of A").doesNotContain("b-secret-question");
        String path = "/api/v1/review/items/" + itemOfB;
        assertThat(send(a.trainer(), "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(send(a.trainer(), "POST", path + "/confirm", null).statusCode())
                .isEqualTo(404);
        assertThat(send(a.trainer(), "POST", path + "/pick", "{\"faqEntryId\":" + returnsOfA + "}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(a.trainer(), "POST", path + "/create", "{\"answer\":\"Mine now.\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(a.trainer(), "POST", path + "/out-of-scope", null).statusCode())
                .isEqualTo(404);
        var handoff = send(a.trainer(), "POST", path + "/handoff-topic", null);
        assertThat(handoff.statusCode()).isEqualTo(404);
        assertThat(handoff.body()).doesNotContain("b-secret-question");
        // B's trainer cannot attach B's question to A's entry either.
        assertThat(send(b.trainer(), "POST", path + "/pick", "{\"faqEntryId\":" + returnsOfA + "}")
                        .statusCode())
                .isEqualTo(404);

        assertThat(users.as(b.trainer(), () -> queue.item(itemOfB)).open()).isTrue();
        assertThat(users.as(a.trainer(), faq::allEntries))
                .extracting(FaqEntrySummary::question)
                .containsExactly("How do I return an item?");
        assertThat(users.as(a.trainer(), () -> faq.entry(returnsOfA)).similarQuestions())
                .isEmpty();
        assertThat(send(b.trainer(), "GET", path, null).body()).contains("b-secret-question");
    }

    @Test
    void agents_and_strangers_are_refused() {
        assertThat(send(a.agent(), "GET", "/api/v1/review", null).statusCode()).isEqualTo(403);
        var stranger = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/review"))
                .GET()
                .build();
        try {
            assertThat(HttpClient.newHttpClient()
                            .send(stranger, HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(401);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_question_flagged_from_the_try_it_panel_joins_the_queue_with_the_bots_answer() {
        var flagged = users.as(
                a.trainer(),
                () -> queue.flag(
                        "  can I swap the colour?  ",
                        new BotAnswer(List.of(new AnswerCandidate(returnsOfA, 0.81)), 3)));

        assertThat(flagged.question()).isEqualTo("can I swap the colour?");
        assertThat(flagged.reason()).isEqualTo(ReviewQueue.TRAINER_FLAG);
        assertThat(flagged.confidence()).isEqualTo(0.81);
        assertThat(flagged.modelVersion()).isEqualTo(3);
        assertThat(flagged.candidates()).extracting(ReviewCandidate::faqEntryId).containsExactly(returnsOfA);
        assertThat(users.as(a.trainer(), queue::openClusters))
                .flatExtracting(ReviewCluster::items)
                .extracting(ReviewItemView::id)
                .contains(flagged.id());
        assertThat(users.as(b.trainer(), queue::countOpen)).isZero();
    }

    private HttpResponse<String> send(String email, String method, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (email + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
