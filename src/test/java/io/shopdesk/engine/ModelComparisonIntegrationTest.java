package io.shopdesk.engine;

import static io.shopdesk.engine.EngineTestSupport.await;
import static io.shopdesk.engine.EngineTestSupport.entryIdsByKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.TurnCandidate;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.review.ReviewItemView;
import io.shopdesk.review.ReviewQueue;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regression check with real training on a small tenant: a question the live model gets wrong is confirmed in
 * the review queue with the right entry (which only a retrained model learns), joins the test set with held-out
 * similar questions and a hand-added one, and a retrained candidate (not published) answers it right while the live
 * model still answers it wrong; the trainer publishes it. Also: try-it with the live and the candidate model, and
 * no tenant reaches another's versions or test set.
 */
@IntegrationTest
class ModelComparisonIntegrationTest {

    static final Duration TRAINING = Duration.ofMinutes(8);

    @Autowired
    TestUsers users;

    @Autowired
    ModelTraining training;

    @Autowired
    ModelComparison comparison;

    @Autowired
    TestQuestionSet testSet;

    @Autowired
    ReviewQueue queue;

    @Autowired
    BotEngine engine;

    @Autowired
    FaqManagement faq;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_retrained_candidate_fixes_a_confirmed_question_the_live_model_gets_wrong_and_is_published_on_request() {
        var shop = users.newTenant("STARTER", BotEngineIntegrationTest.shopFaq());
        var live = awaitLiveModel(shop);
        var ids = entryIdsByKey(faq, shop.id());
        String question = "Tell me about the thing with my order please";

        var before = users.as(shop.trainer(), () -> comparison.tryIt(question));
        assertThat(before.live().modelVersion()).isEqualTo(live.version());
        assertThat(before.candidate()).as("no candidate yet").isEmpty();
        Long liveTop = before.live().candidates().isEmpty()
                ? null
                : before.live().candidates().getFirst().faqEntryId();
        long right = ids.values().stream()
                .filter(id -> !id.equals(liveTop))
                .findFirst()
                .orElseThrow();

        // The trainer confirms the right entry (the bot's second thought): a training example, no FAQ change.
        var item = report(shop, question, right, live.version());
        users.as(shop.trainer(), () -> queue.confirm(item.id()));

        assertThat(users.as(shop.trainer(), testSet::questions)).anySatisfy(test -> {
            assertThat(test.question()).isEqualTo(question);
            assertThat(test.faqEntryId()).isEqualTo(right);
            assertThat(test.source()).isEqualTo(TestQuestion.Source.REVIEW);
        });
        assertThat(users.as(shop.trainer(), testSet::holdOutSimilarQuestions))
                .as("one similar question of each of the three entries")
                .isEqualTo(3);
        users.as(shop.trainer(), () -> testSet.add("Can I pay in goats?", null));
        var moon = users.as(shop.trainer(), () -> testSet.add("Do you deliver to the moon?", null));
        users.run(shop.trainer(), () -> testSet.remove(moon.id()));
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> testSet.add(question.toUpperCase(), right)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.test.error.question-duplicate");
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> testSet.add("  ", right)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.test.error.question-required");
        assertThat(users.as(shop.trainer(), testSet::questions))
                .extracting(TestQuestion::question)
                .hasSize(5)
                .contains(question, "Can I pay in goats?")
                .doesNotContain("Do you deliver to the moon?");

        users.as(shop.trainer(), () -> training.requestTraining(false));
        awaitJob(shop, TrainingJobStatus.SUCCEEDED);
        var candidate = users.as(shop.trainer(), training::versions).getFirst();
        assertThat(candidate.status()).isEqualTo(ModelStatus.CANDIDATE);
        assertThat(candidate.examples())
                .as("three similar questions held out, one confirmed question added")
                .isEqualTo(live.examples() - 3 + 1);
        assertThat(engine.answer(shop.id(), question).modelVersion())
                .as("customers still get the live model")
                .isEqualTo(live.version());

        var report = users.as(shop.trainer(), () -> comparison.regression(candidate.version()));
        assertThat(report.liveVersion()).isEqualTo(live.version());
        assertThat(report.candidateVersion()).isEqualTo(candidate.version());
        assertThat(report.rows()).hasSize(5);
        var row = report.rows().stream()
                .filter(r -> r.question().equals(question))
                .findFirst()
                .orElseThrow();
        assertThat(row.liveCorrect()).as("live answers %s", row.liveEntryId()).isFalse();
        assertThat(row.candidateCorrect())
                .as("candidate answers %s", row.candidateEntryId())
                .isTrue();
        assertThat(row.candidateRightConfidence()).isGreaterThan(row.liveRightConfidence());
        assertThat(report.changed()).contains(row);
        var candidateAnswer = users.as(shop.trainer(), () -> comparison.answerWith(candidate.version(), question));
        assertThat(candidateAnswer.modelVersion()).isEqualTo(candidate.version());
        assertThat(candidateAnswer.candidates().getFirst().faqEntryId()).isEqualTo(right);
        var sideBySide = users.as(shop.trainer(), () -> comparison.tryIt(question));
        assertThat(sideBySide.candidate().orElseThrow().modelVersion()).isEqualTo(candidate.version());
        assertThat(sideBySide.live().modelVersion()).isEqualTo(live.version());

        users.run(shop.trainer(), () -> training.publish(candidate.version()));
        assertThat(engine.answer(shop.id(), question).candidates().getFirst().faqEntryId())
                .isEqualTo(right);
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> comparison.regression(live.version())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.error.not-candidate");

        // Another tenant reaches neither these versions nor this test set.
        var other = users.newTenant();
        assertThatThrownBy(() -> users.as(other.trainer(), () -> comparison.answerWith(candidate.version(), question)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(other.trainer(), testSet::questions)).isEmpty();
        long goats = users.as(shop.trainer(), testSet::questions).stream()
                .filter(test -> test.question().equals("Can I pay in goats?"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> users.run(other.trainer(), () -> testSet.remove(goats)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(shop.trainer(), testSet::questions))
                .extracting(TestQuestion::id)
                .contains(goats);
        assertThatThrownBy(() -> users.as(shop.agent(), () -> comparison.tryIt(question)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void
            a_review_pick_is_live_at_once_and_the_regression_check_compares_the_candidate_with_the_live_model_as_trained() {
        var shop = users.newTenant("STARTER", BotEngineIntegrationTest.shopFaq());
        var live = awaitLiveModel(shop);
        var ids = entryIdsByKey(faq, shop.id());
        String question = "Tell me about the thing with my order please";
        var wrong = engine.answer(shop.id(), question);
        Long liveTop = wrong.candidates().isEmpty()
                ? null
                : wrong.candidates().getFirst().faqEntryId();
        long right = ids.values().stream()
                .filter(id -> !id.equals(liveTop))
                .findFirst()
                .orElseThrow();

        // The pick adds the question as a similar question: the live model answers it right within seconds.
        var item = report(shop, question, right, live.version());
        users.as(shop.trainer(), () -> queue.pickEntry(item.id(), right));
        await(Duration.ofSeconds(20), "the pick in the live model", () -> {
            var now = engine.answer(shop.id(), question);
            return !now.candidates().isEmpty() && now.candidates().getFirst().faqEntryId() == right;
        });
        assertThat(engine.answer(shop.id(), question).modelVersion()).isEqualTo(live.version());

        users.as(shop.trainer(), () -> training.requestTraining(false));
        awaitJob(shop, TrainingJobStatus.SUCCEEDED);
        var candidate = users.as(shop.trainer(), training::versions).getFirst();
        assertThat(candidate.status()).isEqualTo(ModelStatus.CANDIDATE);

        var report = users.as(shop.trainer(), () -> comparison.regression(candidate.version()));
        assertThat(report.liveVersion()).isEqualTo(live.version());
        assertThat(report.liveUpdates()).as("the pick revised the live model").isPositive();
        var row = report.rows().stream()
                .filter(r -> r.question().equals(question))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the picked question joined the test set"));
        assertThat(row.liveCorrect())
                .as("the live model as trained answers %s", row.liveEntryId())
                .isFalse();
        assertThat(row.candidateCorrect()).isTrue();
        assertThat(report.candidateCorrect()).isGreaterThan(report.liveCorrect());
        assertThat(report.liveNowCorrect())
                .as("the live model with the pick answers the question right now")
                .isGreaterThan(report.liveCorrect());
        assertThat(users.as(shop.trainer(), () -> comparison.tryIt(question))
                        .live()
                        .candidates()
                        .getFirst()
                        .faqEntryId())
                .as("try-it still shows the live model with its updates")
                .isEqualTo(right);
    }

    @Test
    void try_it_refuses_an_empty_or_oversized_question() {
        var shop = users.newTenant();
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> comparison.tryIt("   ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.try.error.question-required");
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> comparison.tryIt("x".repeat(2001))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.try.error.question-too-long");
        var none = users.as(shop.trainer(), () -> comparison.tryIt("Where is my parcel?"));
        assertThat(none.live().candidates()).isEmpty();
        assertThat(none.live().modelVersion()).isZero();
        assertThat(none.candidate()).isEmpty();
    }

    private ReviewItemView report(TestTenant shop, String question, long candidate, int modelVersion) {
        String conversation = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        transactions.executeWithoutResult(status -> events.publishEvent(new AnswerNeedsReview(
                shop.id(),
                conversation,
                1,
                ReviewReason.LOW_CONFIDENCE,
                question,
                null,
                0.3,
                List.of(new TurnCandidate(candidate, 0.3)),
                modelVersion,
                "en",
                Instant.now())));
        await(Duration.ofSeconds(20), "the review item", () -> users.as(shop.trainer(), queue::countOpen) == 1);
        return users.as(shop.trainer(), queue::openClusters).getFirst().items().getFirst();
    }

    private ModelVersionSummary awaitLiveModel(TestTenant tenant) {
        await(
                TRAINING,
                "a live model",
                () -> users.as(tenant.trainer(), training::liveVersion).isPresent());
        return users.as(tenant.trainer(), training::liveVersion).orElseThrow();
    }

    private void awaitJob(TestTenant tenant, TrainingJobStatus status) {
        await(
                TRAINING,
                "a training job " + status,
                () -> users.as(tenant.trainer(), training::latestJob)
                        .map(job -> job.status() == status)
                        .orElse(false));
    }
}
