package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class FaqManagementIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    FaqBulkActions bulk;

    @Autowired
    FaqCategories categories;

    @Autowired
    FaqAnswers answers;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEvents events;

    TestTenant shop;

    @BeforeEach
    void a_shop() {
        shop = users.newTenant();
    }

    private static FaqEdit edit(String question, String answer) {
        return new FaqEdit(
                null, null, question, List.of(), answer, Map.of(), List.of(), FaqStatus.PUBLISHED, null, null, 0);
    }

    private Set<Long> changedIds() {
        return events.stream(KnowledgeChanged.class)
                .filter(event -> event.tenant().equals(shop.id()))
                .flatMap(event -> event.entryIds().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_trainer_creates_an_entry_with_a_rich_answer_channel_variants_and_validity() {
        long id = users.as(
                shop.trainer(),
                () -> faq.createEntry(new FaqEdit(
                        "gift-card",
                        null,
                        "  Can I pay with a gift card? ",
                        List.of("Gift card payment", "gift card payment", "Do you take vouchers?"),
                        "<p>Yes, see <a href=\"https://shop.example/gift\">gift cards</a>.</p>",
                        Map.of("wechat", "回复【礼品卡】查看余额"),
                        List.of("payment", "gift"),
                        FaqStatus.PUBLISHED,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2099, 12, 31),
                        0)));
        var entry = users.as(shop.trainer(), () -> faq.entry(id));
        assertThat(entry.question()).isEqualTo("Can I pay with a gift card?");
        assertThat(entry.similarQuestions()).containsExactly("Gift card payment", "Do you take vouchers?");
        assertThat(entry.answer())
                .contains("<a href=\"https://shop.example/gift\"")
                .contains("nofollow");
        assertThat(entry.answerVariants()).containsOnlyKeys("WECHAT");
        assertThat(entry.tags()).containsExactly("payment", "gift");
        assertThat(changedIds()).containsExactly(id);
        var audit = users.as(shop.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 50));
        assertThat(audit).extracting(AuditEntry::action).contains("faq.entry-created");

        var onWeb = TenantContext.callAs(shop.id(), () -> answers.answerFor(id, "WEB"));
        assertThat(onWeb).hasValueSatisfying(answer -> {
            assertThat(answer.variantChannelType()).isNull();
            assertThat(answer.plainText()).isEqualTo("Yes, see gift cards (https://shop.example/gift).");
            assertThat(answer.question()).isEqualTo("Can I pay with a gift card?");
        });
        var onWeChat = TenantContext.callAs(shop.id(), () -> answers.answerFor(id, "wechat"));
        assertThat(onWeChat).hasValueSatisfying(answer -> {
            assertThat(answer.variantChannelType()).isEqualTo("WECHAT");
            assertThat(answer.plainText()).isEqualTo("回复【礼品卡】查看余额");
        });
    }

    @Test
    void an_answer_with_a_script_tag_is_refused_and_nothing_is_written() {
        var error = catchThrowableOfType(
                BusinessRuleException.class,
                () -> users.as(shop.trainer(), () -> faq.createEntry(edit("Hack?", "Hi<script>alert(1)</script>"))));
        assertThat(error.messageKey()).isEqualTo("error.faq.answer-unsafe");
        assertThat(error.field()).isEqualTo("answer");
        assertThat(users.as(shop.trainer(), () -> faq.count(FaqFilter.ALL))).isZero();
        assertThat(changedIds()).isEmpty();
    }

    @Test
    void editing_a_version_someone_else_saved_meanwhile_is_refused() {
        long id = users.as(shop.trainer(), () -> faq.createEntry(edit("Opening hours?", "9 to 5.")));
        var first = users.as(shop.trainer(), () -> faq.entry(id));
        users.run(shop.admin(), () -> faq.updateEntry(id, first.toEdit()));
        var stale = new FaqEdit(
                null,
                null,
                "Opening hours?",
                List.of(),
                "8 to 6.",
                Map.of(),
                List.of(),
                FaqStatus.PUBLISHED,
                null,
                null,
                first.version());
        var error = catchThrowableOfType(
                BusinessRuleException.class, () -> users.run(shop.trainer(), () -> faq.updateEntry(id, stale)));
        assertThat(error.messageKey()).isEqualTo("error.faq.changed-meanwhile");
        assertThat(users.as(shop.trainer(), () -> faq.entry(id)).answer()).isEqualTo("9 to 5.");
    }

    @Test
    void a_duplicate_standard_question_is_refused_on_create_and_on_edit() {
        users.run(shop.trainer(), () -> faq.createEntry(edit("Where is my parcel?", "Track it.")));
        long other = users.as(shop.trainer(), () -> faq.createEntry(edit("Do you ship abroad?", "Yes.")));
        assertThatThrownBy(() -> users.run(shop.trainer(), () -> faq.createEntry(edit("WHERE IS MY PARCEL?", "x"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.faq.question-duplicate");
        var existing = users.as(shop.trainer(), () -> faq.entry(other));
        var rename = new FaqEdit(
                null,
                null,
                "Where is my parcel?",
                List.of(),
                "Yes.",
                Map.of(),
                List.of(),
                FaqStatus.PUBLISHED,
                null,
                null,
                existing.version());
        assertThatThrownBy(() -> users.run(shop.trainer(), () -> faq.updateEntry(other, rename)))
                .hasMessageContaining("error.faq.question-duplicate");
    }

    @Test
    void the_grid_pages_sorts_and_filters_in_the_database() {
        users.run(shop.trainer(), () -> {
            long clothes = categories.create(null, "Clothes");
            long shoes = categories.create(clothes, "Shoes");
            faq.addEntries(List.of(
                    new FaqDraft(
                            null,
                            "Clothes > Shoes",
                            "Boots sizes?",
                            List.of("How do boots fit?"),
                            "True to size.",
                            List.of("size"),
                            FaqStatus.PUBLISHED),
                    new FaqDraft(
                            null, "Clothes", "Jacket care?", List.of(), "Dry clean.", List.of("care"), FaqStatus.DRAFT),
                    new FaqDraft(
                            null,
                            null,
                            "Gift wrap?",
                            List.of(),
                            "Yes.",
                            List.of("size", "gift"),
                            FaqStatus.PUBLISHED)));
            var byQuestion = PageRequest.of(0, 2, Sort.by("question"));
            assertThat(faq.list(FaqFilter.ALL, byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Boots sizes?", "Gift wrap?");
            assertThat(faq.list(FaqFilter.ALL, PageRequest.of(1, 2, Sort.by("question"))))
                    .extracting(FaqListItem::question)
                    .containsExactly("Jacket care?");
            assertThat(faq.count(FaqFilter.ALL)).isEqualTo(3);
            var inClothes = new FaqFilter(null, null, clothes, false, null);
            assertThat(faq.list(inClothes, byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Boots sizes?", "Jacket care?");
            assertThat(faq.count(new FaqFilter(null, null, shoes, false, null))).isEqualTo(1);
            assertThat(faq.list(new FaqFilter(null, null, null, true, null), byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Gift wrap?");
            assertThat(faq.list(new FaqFilter(null, FaqStatus.DRAFT, null, false, null), byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Jacket care?");
            assertThat(faq.list(new FaqFilter(null, null, null, false, "size"), byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Boots sizes?", "Gift wrap?");
            assertThat(faq.list(FaqFilter.ALL.withText("boots FIT"), byQuestion))
                    .extracting(FaqListItem::question)
                    .containsExactly("Boots sizes?");
            assertThat(faq.list(FaqFilter.ALL.withText("100%_"), byQuestion)).isEmpty();
            assertThat(faq.list(FaqFilter.ALL, byQuestion).getFirst().similarCount())
                    .isEqualTo(1);
            assertThat(faq.tags()).containsExactly("care", "gift", "size");
        });
    }

    @Test
    void bulk_actions_change_only_the_chosen_entries_and_announce_them() {
        var ids = users.as(shop.trainer(), () -> {
            faq.addEntries(List.of(
                    new FaqDraft(null, null, "A?", List.of("a"), "a", List.of(), FaqStatus.DRAFT),
                    new FaqDraft(null, null, "B?", List.of(), "b", List.of(), FaqStatus.DRAFT),
                    new FaqDraft(null, null, "C?", List.of(), "c", List.of(), FaqStatus.DRAFT)));
            return faq.allEntries().stream()
                    .collect(java.util.stream.Collectors.toMap(FaqEntrySummary::question, FaqEntrySummary::id));
        });
        events.clear();
        users.run(shop.trainer(), () -> {
            assertThat(bulk.publish(List.of(ids.get("A?"), ids.get("B?")))).isEqualTo(2);
            assertThat(changedIds()).containsExactlyInAnyOrder(ids.get("A?"), ids.get("B?"));
            long category = categories.create(null, "Moved");
            assertThat(bulk.moveToCategory(List.of(ids.get("C?")), category)).isEqualTo(1);
            assertThat(bulk.delete(List.of(ids.get("A?")))).isEqualTo(1);
            var left = faq.allEntries();
            assertThat(left).extracting(FaqEntrySummary::question).containsExactlyInAnyOrder("B?", "C?");
            assertThat(left)
                    .filteredOn(e -> e.question().equals("B?"))
                    .extracting(FaqEntrySummary::status)
                    .containsExactly(FaqStatus.PUBLISHED);
            assertThat(left)
                    .filteredOn(e -> e.question().equals("C?"))
                    .extracting(FaqEntrySummary::category)
                    .containsExactly("Moved");
            assertThatThrownBy(() -> categories.delete(category)).hasMessageContaining("error.faq.category-not-empty");
        });
        assertThat(TenantContext.callAs(shop.id(), () -> faq.entriesById(ids.values())))
                .extracting(FaqEntrySummary::question)
                .containsExactlyInAnyOrder("B?", "C?");
    }

    @Test
    void only_published_entries_within_their_dates_are_answerable() {
        var today = faq.today();
        users.run(
                shop.trainer(),
                () -> faq.addEntries(List.of(
                        new FaqDraft(null, null, "Live?", List.of(), "yes", List.of(), FaqStatus.PUBLISHED),
                        new FaqDraft(null, null, "Draft?", List.of(), "no", List.of(), FaqStatus.DRAFT),
                        new FaqDraft(
                                null,
                                null,
                                "Promo later?",
                                List.of(),
                                "no",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                today.plusDays(1),
                                null,
                                Map.of()),
                        new FaqDraft(
                                null,
                                null,
                                "Promo over?",
                                List.of(),
                                "no",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                null,
                                today.minusDays(1),
                                Map.of()),
                        new FaqDraft(
                                null,
                                null,
                                "Promo today?",
                                List.of(),
                                "yes",
                                List.of(),
                                FaqStatus.PUBLISHED,
                                today,
                                today,
                                Map.of()))));
        var answerable = TenantContext.callAs(shop.id(), faq::answerableEntries);
        assertThat(answerable).extracting(FaqEntrySummary::question).containsExactlyInAnyOrder("Live?", "Promo today?");
        var all = TenantContext.callAs(shop.id(), faq::allEntries);
        assertThat(all).hasSize(5);
        var draft = all.stream()
                .filter(e -> e.question().equals("Draft?"))
                .findFirst()
                .orElseThrow();
        assertThat(draft.answerableOn(today)).isFalse();
        assertThat(TenantContext.callAs(shop.id(), () -> answers.answerFor(draft.id(), "WEB")))
                .isEmpty();
        assertThat(users.as(shop.trainer(), faq::overview)).isEqualTo(new FaqOverview(5, 4, 1, 2, 1));
    }

    @Test
    void agents_cannot_read_or_change_the_faq() {
        users.run(shop.agent(), () -> {
            assertThatThrownBy(() -> faq.list(FaqFilter.ALL, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> faq.createEntry(edit("Q?", "A"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bulk.delete(List.of(1L))).isInstanceOf(AccessDeniedException.class);
        });
    }
}
