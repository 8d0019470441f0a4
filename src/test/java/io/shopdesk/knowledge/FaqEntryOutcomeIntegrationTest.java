package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Conversations report outcomes as events; each entry's hits, helpful rate and last match follow them. */
@IntegrationTest
class FaqEntryOutcomeIntegrationTest {

    /** What the conversation module publishes. */
    record Reported(TenantId tenant, long faqEntryId, Kind kind, Instant at) implements FaqEntryOutcome {}

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void matches_and_votes_become_the_entrys_statistics_and_outcomes_naming_another_tenant_are_ignored() {
        var shop = users.newTenant(
                "STARTER", List.of(new FaqDraft(null, null, "Returns?", List.of(), "30 days", List.of(), null)));
        var other = users.newTenant();
        long id = users.as(shop.trainer(), faq::allEntries).getFirst().id();
        var first = Instant.parse("2026-11-01T10:00:00Z");
        var last = Instant.parse("2026-11-02T08:30:00Z");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.MATCHED, last));
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.MATCHED, first));
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.MATCHED, first));
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.HELPFUL, last.plusSeconds(60)));
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.HELPFUL, last));
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.NOT_HELPFUL, last));
            events.publishEvent(new Reported(other.id(), id, FaqEntryOutcome.Kind.MATCHED, last.plusSeconds(999)));
            events.publishEvent(new Reported(shop.id(), 987_654_321L, FaqEntryOutcome.Kind.MATCHED, last));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var stats = users.as(shop.trainer(), () -> faq.entry(id)).stats();
            assertThat(stats).isEqualTo(new FaqStats(3, 2, 1, last));
        });
        assertThat(users.as(shop.trainer(), () -> faq.entry(id))
                        .stats()
                        .helpfulRate()
                        .getAsDouble())
                .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        var row = users.as(
                        shop.trainer(),
                        () -> faq.list(FaqFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 5)))
                .getFirst();
        assertThat(row.stats().hits()).isEqualTo(3);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void outcomes_of_a_rolled_back_turn_are_not_counted_and_no_event_publication_is_written_for_them() {
        var shop = users.newTenant(
                "STARTER", List.of(new FaqDraft(null, null, "Shipping?", List.of(), "2 days", List.of(), null)));
        long id = users.as(shop.trainer(), faq::allEntries).getFirst().id();
        var at = Instant.parse("2026-11-03T09:00:00Z");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.MATCHED, at));
            // A listener tracked by the event publication registry would have its row written right here, in the
            // turn's own transaction, and two more transactions after the commit (see FaqOutcomeListener).
            assertThat(publications()).isZero();
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(
                status -> events.publishEvent(new Reported(shop.id(), id, FaqEntryOutcome.Kind.HELPFUL, at)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as(shop.trainer(), () -> faq.entry(id)).stats())
                        .isEqualTo(new FaqStats(0, 1, 0, null)));
    }

    private long publications() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE ?", Long.class, "%Reported%");
    }
}
