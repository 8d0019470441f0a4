package io.shopdesk.engine.internal;

import static io.shopdesk.engine.EngineTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.BotAnswer;
import io.shopdesk.engine.ModelTraining;
import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.Matching;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** The shared runtime keeps models within its memory budget and reads evicted ones back from the database. */
@IntegrationTest
class ResidentModelsIntegrationTest {

    @Autowired
    Matching matching;

    @Autowired
    ModelBytes store;

    @Autowired
    TrainingJobs jobs;

    @Autowired
    ModelTraining training;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void models_beyond_the_budget_are_evicted_least_recently_used_and_read_back_from_the_database() {
        var a = tenantWithLiveModel("Do you gift wrap?");
        var b = tenantWithLiveModel("Can I change my delivery address?");
        var c = tenantWithLiveModel("Is there a student discount?");

        var probe = runtime(DataSize.ofGigabytes(1));
        probe.answer(a.id(), "gift wrapping");
        long oneModel = probe.residentBytes();
        assertThat(oneModel).isPositive();

        var runtime = runtime(DataSize.ofBytes(oneModel * 5 / 2));
        BotAnswer first = runtime.answer(a.id(), "gift wrapping");
        runtime.answer(b.id(), "new address");
        runtime.answer(a.id(), "gift wrapping");
        runtime.answer(c.id(), "discount for students");

        assertThat(runtime.residentCount()).isEqualTo(2);
        assertThat(runtime.residentIfLoaded(b.id())).as("least recently used").isEmpty();
        assertThat(runtime.residentIfLoaded(a.id())).isPresent();
        assertThat(runtime.residentBytes()).isLessThanOrEqualTo(oneModel * 5 / 2);

        runtime.evict(a.id());
        assertThat(runtime.answer(a.id(), "gift wrapping"))
                .as("read back from the database")
                .isEqualTo(first);
    }

    @Test
    void repeated_questions_come_from_the_cache_until_the_model_changes() {
        var a = tenantWithLiveModel("Do you gift wrap?");
        var runtime = runtime(DataSize.ofGigabytes(1));
        var resident = runtime.resident(a.id()).orElseThrow();
        var answer = resident.answer("Gift   wrapping?");
        assertThat(resident.answer("gift wrapping?")).isSameAs(answer);

        var reloaded = runtime.install(resident.live(), resident.model());
        assertThat(reloaded.answer("gift wrapping?")).isNotSameAs(answer).isEqualTo(answer);
    }

    @Test
    void a_live_model_made_with_another_encoder_is_not_used_and_its_tenant_is_trained_again() {
        var a = tenantWithLiveModel("Do you gift wrap?");
        long jobsBefore = jobsOf(a);
        try (var bgeAlone = DefaultMatching.create(
                MatchingSettings.defaults().withEncoderThreads(1).withEnglishBgeShare(1))) {
            var upgraded = new ResidentModels(
                    bgeAlone, store, jobs, Clock.systemUTC(), DataSize.ofGigabytes(1), 16, Duration.ZERO);

            assertThat(upgraded.answer(a.id(), "gift wrapping")).isEqualTo(BotAnswer.none(0));
            assertThat(upgraded.residentIfLoaded(a.id())).isEmpty();
            assertThat(jobsOf(a)).as("one training job queued").isEqualTo(jobsBefore + 1);
            assertThat(upgraded.answer(a.id(), "gift wrapping")).isEqualTo(BotAnswer.none(0));
            assertThat(jobsOf(a)).as("not queued again on the next question").isEqualTo(jobsBefore + 1);
        }
        await(
                Duration.ofMinutes(6),
                "the retrained model live",
                () -> users.as(a.trainer(), training::liveVersion)
                        .filter(v -> v.version() == 2)
                        .isPresent());
    }

    private long jobsOf(TestTenant tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_training_job WHERE tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single();
    }

    private ResidentModels runtime(DataSize budget) {
        return new ResidentModels(matching, store, jobs, Clock.systemUTC(), budget, 16, Duration.ofSeconds(5));
    }

    private TestTenant tenantWithLiveModel(String question) {
        var tenant = users.newTenant(
                "STARTER",
                List.of(
                        new FaqDraft(
                                "special",
                                null,
                                question,
                                List.of(question.toLowerCase(), question.replace("?", " please?")),
                                "Yes.",
                                List.of(),
                                null),
                        new FaqDraft(
                                "opening-hours",
                                null,
                                "When is your support open?",
                                List.of("What are your opening hours?", "Are you open on Sunday?"),
                                "Every day from 9 to 18.",
                                List.of(),
                                null)));
        await(
                Duration.ofMinutes(6),
                "a live model",
                () -> users.as(tenant.trainer(), training::liveVersion).isPresent());
        return tenant;
    }
}
