package io.shopdesk.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Promotions start and end at midnight without an edit: the engine hears of them all the same. */
@IntegrationTest
@RecordApplicationEvents
class ValidityBoundariesIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    ValidityBoundaries boundaries;

    @Autowired
    ApplicationEvents events;

    @Test
    void entries_whose_validity_starts_today_or_ended_yesterday_are_announced_per_tenant() {
        var today = faq.today();
        var shop = users.newTenant(
                "STARTER",
                List.of(
                        new FaqDraft(
                                null,
                                null,
                                "Starts today?",
                                List.of(),
                                "a",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                today,
                                null,
                                Map.of()),
                        new FaqDraft(
                                null,
                                null,
                                "Ended yesterday?",
                                List.of(),
                                "b",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                null,
                                today.minusDays(1),
                                Map.of()),
                        new FaqDraft(
                                null,
                                null,
                                "Ends today?",
                                List.of(),
                                "c",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                null,
                                today,
                                Map.of()),
                        new FaqDraft(null, null, "Always?", List.of(), "d", List.of(), FaqStatus.PUBLISHED)));
        var ids = users.as(shop.trainer(), faq::allEntries).stream()
                .collect(Collectors.toMap(FaqEntrySummary::question, FaqEntrySummary::id));
        events.clear();

        boundaries.announceTodaysBoundaries();

        var announced = events.stream(KnowledgeChanged.class)
                .filter(event -> event.tenant().equals(shop.id()))
                .toList();
        assertThat(announced)
                .singleElement()
                .satisfies(event -> assertThat(event.entryIds())
                        .containsExactlyInAnyOrder(ids.get("Starts today?"), ids.get("Ended yesterday?")));
    }
}
