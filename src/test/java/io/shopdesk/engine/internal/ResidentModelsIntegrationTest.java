package io.shopdesk.engine.internal;

import static io.shopdesk.engine.EngineTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.BotAnswer;
import io.shopdesk.engine.ModelTraining;
import io.shopdesk.engine.internal.matching.Matching;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
