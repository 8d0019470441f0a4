package io.shopdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.engine.ModelTraining;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.ChatFixtures;
import io.shopdesk.testing.ChatFixtures.ChatTenant;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.ConsoleHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The business metrics per tenant as Prometheus scrapes them from {@code /actuator/prometheus}, after real questions
 * over the chat API: every bot turn is counted exactly once by outcome (a replayed message and a pick among
 * suggestions are not counted twice), confidence and latency have one sample per question, handoffs count by the
 * type of the rule, training jobs by result; another tenant's series do not move.
 */
@IntegrationTest
class BotMetricsIntegrationTest {

    private static final Duration MODEL_READY = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    DialogueSettingsManagement dialogue;

    @Autowired
    ModelTraining training;

    @Autowired
    JdbcClient jdbc;

    private static List<FaqDraft> faq() {
        return List.of(
                new FaqDraft(
                        "returns",
                        "Orders",
                        "How do I return an item?",
                        List.of("Can I send something back?", "What is your return policy?", "I want a refund"),
                        "Open My Orders and press Return within 30 days.",
                        List.of(),
                        null),
                new FaqDraft(
                        "shipping-time",
                        "Orders",
                        "How long does delivery take?",
                        List.of("When will my parcel arrive?", "How many days is shipping?", "Delivery time?"),
                        "Parcels arrive in 2 to 4 working days.",
                        List.of(),
                        null));
    }

    /** Asks in fresh conversations until the model answers; the number of bot turns that took. */
    private int awaitModel(ChatTenant shop) throws InterruptedException {
        var chat = new ChatHttpClient(port);
        long deadline = System.nanoTime() + MODEL_READY.toNanos();
        int turns = 0;
        while (System.nanoTime() < deadline) {
            String conversation = chat.start(shop.key(), "en").body().path("id").asString();
            var reply = chat.send(shop.key(), conversation, "probe", "How do I return an item?");
            turns++;
            if (reply.body().path("messages").get(1).path("kind").asString().equals("ANSWER")) {
                return turns;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("The model of " + shop.tenant().id() + " did not answer in time");
    }

    private String scrape() {
        var staff = new ConsoleHttpClient(port);
        staff.signIn(TestUsers.PLATFORM_ADMIN, TestUsers.DEMO_PASSWORD, false);
        var response = staff.get("/actuator/prometheus", "text/plain;version=0.0.4");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the sample with this name whose labels include all of these (0 when there is none). */
    private static double sample(String scrape, String name, TenantId tenant, String... labels) {
        var line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
        var matcher = line.matcher(scrape);
        double sum = 0;
        while (matcher.find()) {
            String found = matcher.group(1);
            boolean all = found.contains("tenant=\"" + tenant.value() + "\"");
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }

    @Test
    void every_bot_turn_is_counted_once_by_outcome_with_its_confidence_and_latency() throws Exception {
        var shop = ChatFixtures.tenantWithWidget(users, channels, "STARTER", faq(), List.of());
        var other = ChatFixtures.tenantWithWidget(users, channels, "STARTER", faq(), List.of());
        TenantId tenant = shop.tenant().id();
        int probes = awaitModel(shop);
        String before = scrape();
        double otherBefore =
                sample(before, "shopdesk_bot_answers_total", other.tenant().id());
        var chat = new ChatHttpClient(port);
        String key = shop.key();

        // answered twice, the second question sent twice with the same client message id
        String conversation = chat.start(key, "en").body().path("id").asString();
        assertThat(kind(chat.send(key, conversation, "a1", "How do I return an item?")))
                .isEqualTo("ANSWER");
        assertThat(kind(chat.send(key, conversation, "a2", "How long does delivery take?")))
                .isEqualTo("ANSWER");
        assertThat(chat.send(key, conversation, "a2", "How long does delivery take?")
                        .body()
                        .path("replayed")
                        .asBoolean())
                .isTrue();
        // suggested, then the customer picks one: one suggested and one chosen turn
        users.run(shop.tenant().admin(), () -> dialogue.update(new DialogueSettingsDraft(1.0, 0.0, null, "No idea.")));
        String suggesting = chat.start(key, "en").body().path("id").asString();
        var offer = chat.send(key, suggesting, "s1", "I would like my money back for the parcel")
                .body()
                .path("messages")
                .get(1);
        assertThat(offer.path("kind").asString()).isEqualTo("SUGGESTIONS");
        var picked = chat.choose(
                key,
                suggesting,
                "s2",
                offer.path("seq").asInt(),
                offer.path("suggestions").get(0).path("faqEntryId").asLong());
        assertThat(kind(picked)).isEqualTo("ANSWER");
        // two fallbacks in a row: the default policy hands off after the second (low_confidence)
        users.run(shop.tenant().admin(), () -> dialogue.update(new DialogueSettingsDraft(1.0, 1.0, null, "No idea.")));
        String failing = chat.start(key, "en").body().path("id").asString();
        assertThat(kind(chat.send(key, failing, "f1", "Do you sell tractors on Mars?")))
                .isEqualTo("FALLBACK");
        assertThat(kind(chat.send(key, failing, "f2", "Or rockets to Venus?"))).isEqualTo("FALLBACK");
        // the customer asks for a person in another conversation (customer_asked: explicit_request)
        String asking = chat.start(key, "en").body().path("id").asString();
        assertThat(chat.handoff(key, asking).status()).isBetween(200, 201);

        String after = scrape();
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant, "outcome=\"answered\"")
                        - sample(before, "shopdesk_bot_answers_total", tenant, "outcome=\"answered\""))
                .isEqualTo(2.0);
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant, "outcome=\"suggested\"")
                        - sample(before, "shopdesk_bot_answers_total", tenant, "outcome=\"suggested\""))
                .isEqualTo(1.0);
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant, "outcome=\"chosen\"")
                        - sample(before, "shopdesk_bot_answers_total", tenant, "outcome=\"chosen\""))
                .isEqualTo(1.0);
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant, "outcome=\"fallback\"")
                        - sample(before, "shopdesk_bot_answers_total", tenant, "outcome=\"fallback\""))
                .isEqualTo(2.0);
        // the probes before the first snapshot were turns too: all counted, none twice
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant)).isEqualTo(probes + 6.0);
        assertThat(sample(after, "shopdesk_bot_answers_total", tenant)).isEqualTo(turnsStored(tenant));
        // one confidence sample and one latency sample per question the engine answered (not the pick)
        assertThat(sample(after, "shopdesk_bot_confidence_count", tenant)).isEqualTo(probes + 5.0);
        assertThat(sample(after, "shopdesk_bot_confidence_bucket", tenant, "le=\"+Inf\""))
                .isEqualTo(probes + 5.0);
        assertThat(sample(after, "shopdesk_bot_confidence_bucket", tenant, "le=\"0.95\""))
                .isLessThanOrEqualTo(probes + 5.0);
        assertThat(sample(after, "shopdesk_bot_answer_latency_seconds_count", tenant))
                .isEqualTo(probes + 5.0);
        assertThat(sample(after, "shopdesk_bot_answer_latency_seconds_sum", tenant))
                .isPositive();
        assertThat(after).contains("shopdesk_bot_answer_latency_seconds_bucket{");
        // handoffs by the type of the rule that decided
        assertThat(sample(after, "shopdesk_handoffs_requested_total", tenant, "reason=\"low_confidence\""))
                .isEqualTo(1.0);
        assertThat(sample(after, "shopdesk_handoffs_requested_total", tenant, "reason=\"explicit_request\""))
                .isEqualTo(1.0);
        // the first training of the tenant's model
        assertThat(sample(after, "shopdesk_training_started_total", tenant)).isEqualTo(jobsRun(tenant));
        assertThat(sample(after, "shopdesk_training_jobs_total", tenant, "result=\"succeeded\""))
                .isEqualTo(jobs(tenant, "SUCCEEDED"))
                .isPositive();
        assertThat(sample(after, "shopdesk_training_duration_seconds_count", tenant, "result=\"succeeded\""))
                .isEqualTo(jobs(tenant, "SUCCEEDED"));
        // nothing of this tenant's turns reached the other tenant's series
        assertThat(sample(after, "shopdesk_bot_answers_total", other.tenant().id()))
                .isEqualTo(otherBefore);
    }

    @Test
    void a_training_job_that_fails_is_counted_as_failed_for_its_tenant() throws Exception {
        var tenant = users.newTenant().id();

        training.requestTrainingAsSystem(tenant, true);

        long deadline = System.nanoTime() + MODEL_READY.toNanos();
        while (jobs(tenant, "FAILED") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(jobs(tenant, "FAILED"))
                .as("a tenant without FAQ cannot train")
                .isEqualTo(1);
        String scrape = scrape();
        assertThat(sample(scrape, "shopdesk_training_started_total", tenant)).isEqualTo(1.0);
        assertThat(sample(scrape, "shopdesk_training_jobs_total", tenant, "result=\"failed\""))
                .isEqualTo(1.0);
        assertThat(sample(scrape, "shopdesk_training_jobs_total", tenant, "result=\"succeeded\""))
                .isZero();
        assertThat(sample(scrape, "shopdesk_training_duration_seconds_count", tenant, "result=\"failed\""))
                .isEqualTo(1.0);
    }

    private static String kind(ChatHttpClient.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().path("messages").get(1).path("kind").asString();
    }

    private double turnsStored(TenantId tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message WHERE tenant_id = ? AND outcome IS NOT NULL")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }

    private double jobs(TenantId tenant, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_training_job WHERE tenant_id = ? AND status = ?")
                .params(tenant.value(), status)
                .query(Long.class)
                .single();
    }

    private double jobsRun(TenantId tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_training_job WHERE tenant_id = ? AND status <> 'QUEUED'")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }
}
