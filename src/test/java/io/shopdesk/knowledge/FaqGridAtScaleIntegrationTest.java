package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grid's queries over 50,000 entries of one tenant (seeded with JDBC batches): pages are exactly what the grid
 * asks for, at the start, in the middle and at the end, sorted and filtered in the database. How fast they are is
 * measured by {@code FaqGridBenchmark}, not here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaqGridAtScaleIntegrationTest {

    static final int ENTRIES = 50_000;

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    JdbcTemplate jdbc;

    TestTenant big;

    @BeforeAll
    void fifty_thousand_entries() {
        big = users.newTenant("ENTERPRISE", List.of());
        FaqSeed.seed(jdbc, big.id(), CATEGORY, ENTRIES);
    }

    static final String CATEGORY = "Seeded";

    @Test
    void the_first_a_middle_and_the_last_page_hold_exactly_the_rows_asked_for() {
        users.run(big.trainer(), () -> {
            assertThat(faq.count(FaqFilter.ALL)).isEqualTo(ENTRIES);
            var first = faq.list(FaqFilter.ALL, PageRequest.of(0, 50));
            assertThat(first).hasSize(50);
            // Newest change first; the seed gives entry n the time n seconds after the start.
            assertThat(first.getFirst().question()).isEqualTo(FaqSeed.question(ENTRIES - 1));
            var middle = faq.list(FaqFilter.ALL, PageRequest.of(500, 50, Sort.by("question")));
            assertThat(middle).hasSize(50);
            var last = faq.list(FaqFilter.ALL, PageRequest.of(ENTRIES / 50 - 1, 50));
            assertThat(last).hasSize(50);
            assertThat(last.getLast().question()).isEqualTo(FaqSeed.question(0));
            var all = new ArrayList<Long>();
            first.forEach(item -> all.add(item.id()));
            last.forEach(item -> all.add(item.id()));
            assertThat(all).doesNotHaveDuplicates();
        });
    }

    @Test
    void filtered_and_sorted_pages_come_from_the_database() {
        users.run(big.trainer(), () -> {
            var drafts = new FaqFilter(null, FaqStatus.DRAFT, null, false, null);
            assertThat(faq.count(drafts)).isEqualTo(ENTRIES / 10);
            assertThat(faq.list(drafts, PageRequest.of(0, 50)))
                    .hasSize(50)
                    .allMatch(item -> item.status() == FaqStatus.DRAFT);
            var search = FaqFilter.ALL.withText(FaqSeed.similar(4242));
            assertThat(faq.list(search, PageRequest.of(0, 50)))
                    .extracting(FaqListItem::question)
                    .containsExactly(FaqSeed.question(4242));
            var tagged = new FaqFilter(null, null, null, false, "tag-7");
            assertThat(faq.count(tagged)).isEqualTo(ENTRIES / 100);
            var byHits = faq.list(FaqFilter.ALL, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("hits"))));
            assertThat(byHits).hasSize(50);
        });
    }
}
