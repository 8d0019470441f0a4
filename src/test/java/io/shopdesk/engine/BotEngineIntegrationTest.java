package io.shopdesk.engine;

import static io.shopdesk.engine.EngineTestSupport.await;
import static io.shopdesk.engine.EngineTestSupport.entryIdsByKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine as the runtime uses it: models trained in the background from the FAQ, stored as versions, answered
 * through {@link BotEngine}, updated without retraining, published, rolled back, and kept apart per tenant.
 */
@IntegrationTest
class BotEngineIntegrationTest {

    static final Duration TRAINING = Duration.ofMinutes(6);
    static final TenantId YUNSHANG = new TenantId("yunshang");
    static final TenantId BRIGHTWAVE = new TenantId("brightwave");

    @Autowired
    BotEngine engine;

    @Autowired
    ModelTraining training;

    @Autowired
    FaqManagement faq;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestUsers users;

    @Test
    void demo_tenants_get_a_live_model_without_anyone_training_it() {
        awaitLiveModel("trainer@yunshang.example", TestUsers.DEMO_PASSWORD);
        awaitLiveModel("trainer@brightwave.example", TestUsers.DEMO_PASSWORD);
        var answer = engine.answer(BRIGHTWAVE, "How long does shipping take?");
        assertThat(answer.modelVersion()).isPositive();
        assertThat(answer.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_tenant_never_receives_another_tenants_entries() {
        awaitLiveModel("trainer@yunshang.example", TestUsers.DEMO_PASSWORD);
        awaitLiveModel("trainer@brightwave.example", TestUsers.DEMO_PASSWORD);
        var yunshangIds = new HashSet<>(entryIdsByKey(faq, YUNSHANG).values());
        var brightwaveIds = new HashSet<>(entryIdsByKey(faq, BRIGHTWAVE).values());
        for (var paraphrase : EngineTestSupport.paraphrases("brightwave")) {
            engine.answer(YUNSHANG, paraphrase.text())
                    .candidates()
                    .forEach(candidate -> assertThat(yunshangIds).contains(candidate.faqEntryId()));
        }
        for (var paraphrase : EngineTestSupport.paraphrases("yunshang")) {
            engine.answer(BRIGHTWAVE, paraphrase.text())
                    .candidates()
                    .forEach(candidate -> assertThat(brightwaveIds).contains(candidate.faqEntryId()));
        }
    }

    @Test
    void a_tenant_without_a_model_gets_an_answer_without_candidates() {
        var tenant = users.newTenant();
        var answer = engine.answer(tenant.id(), "Where is my parcel?");
        assertThat(answer.candidates()).isEmpty();
        assertThat(answer.modelVersion()).isZero();
    }

    @Test
    void a_new_faq_entry_is_answered_within_seconds_without_retraining() {
        var tenant = users.newTenant("STARTER", shopFaq());
        var live = awaitLiveModel(tenant.trainer(), TestUsers.PASSWORD);

        users.run(
                tenant.trainer(),
                () -> faq.addEntries(List.of(entry(
                        "iceland",
                        "Do you ship to Iceland?",
                        "Can I get a delivery in Reykjavik?",
                        "Is shipping to Iceland possible?"))));
        long added = System.nanoTime();
        long newEntry = entryIdsByKey(faq, tenant.id()).get("iceland");

        await(
                Duration.ofSeconds(10),
                "the new entry to be answered",
                () -> engine.answer(tenant.id(), "do you deliver to iceland").candidates().stream()
                        .findFirst()
                        .map(best -> best.faqEntryId() == newEntry)
                        .orElse(false));
        System.out.printf("New FAQ entry answered %d ms after it was added%n", (System.nanoTime() - added) / 1_000_000);
        assertThat(users.as(tenant.trainer(), training::versions))
                .as("no retraining: still the one version")
                .singleElement()
                .extracting(ModelVersionSummary::version)
                .isEqualTo(live.version());
    }

    @Test
    void a_candidate_is_published_and_then_rolled_back_and_each_step_is_audited() {
        var tenant = users.newTenant("STARTER", shopFaq());
        var first = awaitLiveModel(tenant.trainer(), TestUsers.PASSWORD);

        users.as(tenant.trainer(), () -> training.requestTraining(false));
        awaitJob(tenant, TrainingJobStatus.SUCCEEDED);
        var candidate = users.as(tenant.trainer(), training::versions).getFirst();
        assertThat(candidate.status()).isEqualTo(ModelStatus.CANDIDATE);
        assertThat(engine.answer(tenant.id(), "How long does shipping take?").modelVersion())
                .as("a candidate does not answer customers")
                .isEqualTo(first.version());

        users.run(tenant.trainer(), () -> training.publish(candidate.version()));
        assertThat(engine.answer(tenant.id(), "How long does shipping take?").modelVersion())
                .isEqualTo(candidate.version());
        assertThat(users.as(tenant.trainer(), training::versions))
                .extracting(ModelVersionSummary::status)
                .containsExactly(ModelStatus.LIVE, ModelStatus.RETIRED);

        users.run(tenant.trainer(), () -> training.rollback(first.version()));
        assertThat(engine.answer(tenant.id(), "How long does shipping take?").modelVersion())
                .isEqualTo(first.version());
        assertThatThrownBy(() -> users.run(tenant.trainer(), () -> training.publish(first.version())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("engine.error.not-candidate");

        var actions = users.as(tenant.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 50)).stream()
                .map(entry -> entry.action())
                .toList();
        assertThat(actions)
                .contains(
                        "engine.training-requested",
                        "engine.model-trained",
                        "engine.model-published",
                        "engine.model-rolled-back");
    }

    @Test
    void a_training_run_without_published_entries_fails_and_no_model_appears() {
        var tenant = users.newTenant();
        users.as(tenant.trainer(), () -> training.requestTraining(true));
        var job = awaitJob(tenant, TrainingJobStatus.FAILED);
        assertThat(job.error()).contains("no published FAQ entries");
        assertThat(users.as(tenant.trainer(), training::liveVersion)).isEmpty();
        assertThat(engine.answer(tenant.id(), "How long does shipping take?").candidates())
                .isEmpty();
    }

    @Test
    void a_second_training_run_is_refused_while_one_is_open() {
        var tenant = users.newTenant("STARTER", shopFaq());
        awaitLiveModel(tenant.trainer(), TestUsers.PASSWORD);
        users.as(tenant.trainer(), () -> training.requestTraining(false));
        var open = users.as(tenant.trainer(), training::latestJob).orElseThrow();
        if (open.status().isOpen()) {
            assertThatThrownBy(() -> users.as(tenant.trainer(), () -> training.requestTraining(false)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("engine.error.training-running");
        }
        awaitJob(tenant, TrainingJobStatus.SUCCEEDED);
    }

    private ModelVersionSummary awaitLiveModel(String trainer, String password) {
        await(
                TRAINING,
                "a live model for " + trainer,
                () -> users.as(trainer, password, training::liveVersion).isPresent());
        return users.as(trainer, password, training::liveVersion).orElseThrow();
    }

    private TrainingJobSummary awaitJob(TestTenant tenant, TrainingJobStatus status) {
        await(
                TRAINING,
                "a training job " + status,
                () -> users.as(tenant.trainer(), training::latestJob)
                        .map(job -> job.status() == status)
                        .orElse(false));
        Optional<TrainingJobSummary> job = users.as(tenant.trainer(), training::latestJob);
        return job.orElseThrow();
    }

    static List<FaqDraft> shopFaq() {
        return List.of(
                entry(
                        "shipping-time",
                        "How long does shipping take?",
                        "When will my order arrive?",
                        "How many days until delivery?"),
                entry(
                        "return-policy",
                        "How do I return an item?",
                        "Can I send back what I bought?",
                        "What is your return policy?"),
                entry(
                        "payment-methods",
                        "Which payment methods do you accept?",
                        "Can I pay with PayPal?",
                        "Do you take credit cards?"));
    }

    static FaqDraft entry(String key, String question, String... similar) {
        return new FaqDraft(key, "General", question, List.of(similar), "Answer: " + question, List.of(), null);
    }
}
