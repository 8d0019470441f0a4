package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Imports are previewed with row errors, then written all or nothing within the plan's quota. */
@IntegrationTest
@RecordApplicationEvents
class FaqImportIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    FaqImport faqImport;

    @Autowired
    FaqManagement faq;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static byte[] csv(int rows, String extraRow) {
        var text = new StringBuilder("key,category,question,similar_questions,answer,tags,status\n");
        for (int i = 0; i < rows; i++) {
            text.append("k-")
                    .append(i)
                    .append(",售后 > 退款,问题 ")
                    .append(i)
                    .append(" 怎么办？,\"说法 ")
                    .append(i)
                    .append(" 一\n说法 ")
                    .append(i)
                    .append(" 二\",答案 ")
                    .append(i)
                    .append(",退款,PUBLISHED\n");
        }
        if (extraRow != null) {
            text.append(extraRow).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long entriesOf(TestTenant tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM faq_entry WHERE tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single();
    }

    @Test
    void a_good_file_is_imported_whole_with_progress_categories_similar_questions_audit_and_one_event() {
        var shop = users.newTenant();
        var progress = new CopyOnWriteArrayList<Integer>();
        var result = users.as(shop.trainer(), () -> {
            var preview = faqImport.preview("faq.csv", csv(900, null));
            assertThat(preview.importable()).isTrue();
            assertThat(preview.encoding()).isEqualTo("UTF-8");
            return faqImport.importRows(preview, (done, total) -> progress.add(done));
        });
        assertThat(result.imported()).isEqualTo(900);
        assertThat(progress).containsExactly(500, 900);
        assertThat(entriesOf(shop)).isEqualTo(900);
        var entries = users.as(shop.trainer(), faq::allEntries);
        var one =
                entries.stream().filter(e -> "k-7".equals(e.key())).findFirst().orElseThrow();
        assertThat(one.category()).isEqualTo("售后 > 退款");
        assertThat(one.similarQuestions()).containsExactly("说法 7 一", "说法 7 二");
        assertThat(one.tags()).containsExactly("退款");
        var changed = events.stream(KnowledgeChanged.class)
                .filter(event -> event.tenant().equals(shop.id()))
                .toList();
        assertThat(changed).hasSize(1);
        assertThat(changed.getFirst().entryIds()).hasSize(900).containsAll(result.entryIds());
        assertThat(users.as(shop.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 20)))
                .extracting(AuditEntry::action)
                .contains("faq.entries-imported");
    }

    @Test
    void a_preview_reports_bad_rows_and_existing_questions_and_an_import_of_it_writes_nothing() {
        var shop = users.newTenant(
                "STARTER", List.of(new FaqDraft(null, null, "问题 3 怎么办？", List.of(), "旧答案", List.of(), null)));
        users.run(shop.trainer(), () -> {
            var preview = faqImport.preview("faq.csv", csv(5, "bad,,,,no question here,,"));
            assertThat(preview.importable()).isFalse();
            assertThat(preview.rowsWithProblems()).isEqualTo(2);
            assertThat(preview.rows().get(3).problems())
                    .extracting(FaqProblem::messageKey)
                    .containsExactly("error.faq.question-duplicate");
            assertThat(preview.rows().get(5).problems())
                    .extracting(FaqProblem::messageKey)
                    .containsExactly("error.faq.question-required");
            var refused = catchThrowableOfType(
                    FaqImportRefused.class, () -> faqImport.importRows(preview, FaqImportProgress.NONE));
            assertThat(refused.preview().rowsWithProblems()).isEqualTo(2);
        });
        assertThat(entriesOf(shop)).isEqualTo(1);
    }

    @Test
    void rows_that_became_duplicates_after_the_preview_stop_the_whole_import() {
        var shop = users.newTenant();
        users.run(shop.trainer(), () -> {
            var preview = faqImport.preview("faq.csv", csv(20, null));
            assertThat(preview.importable()).isTrue();
            faq.addEntries(List.of(new FaqDraft(null, null, "问题 19 怎么办？", List.of(), "meanwhile", List.of(), null)));
            var refused = catchThrowableOfType(
                    FaqImportRefused.class, () -> faqImport.importRows(preview, FaqImportProgress.NONE));
            assertThat(refused.preview().rows().get(19).problems())
                    .extracting(FaqProblem::messageKey)
                    .containsExactly("error.faq.question-duplicate");
        });
        assertThat(entriesOf(shop)).isEqualTo(1);
    }

    @Test
    void a_failure_after_the_first_batch_was_written_rolls_back_every_row() {
        // The database compares questions accent-insensitively: only the insert finds this duplicate.
        var shop = users.newTenant(
                "STARTER", List.of(new FaqDraft(null, null, "Café opening hours?", List.of(), "9-5", List.of(), null)));
        var error = catchThrowableOfType(
                BusinessRuleException.class,
                () -> users.run(shop.trainer(), () -> {
                    var preview = faqImport.preview("faq.csv", csv(700, "late,,Cafe opening hours?,,Always,,"));
                    assertThat(preview.importable()).isTrue();
                    faqImport.importRows(preview, FaqImportProgress.NONE);
                }));
        assertThat(error.messageKey()).isEqualTo("error.import.duplicate-on-write");
        assertThat(entriesOf(shop)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM faq_similar_question WHERE tenant_id = ?")
                        .param(shop.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_import_beyond_the_plans_quota_is_refused_whole() {
        var shop = users.newTenant("FREE", List.of());
        users.run(shop.trainer(), () -> {
            var preview = faqImport.preview("faq.csv", csv(101, null));
            assertThat(preview.rowsWithProblems()).isZero();
            assertThat(preview.problems())
                    .extracting(FaqProblem::messageKey)
                    .containsExactly("error.quota.faq-entries");
            assertThat(preview.importable()).isFalse();
            catchThrowableOfType(FaqImportRefused.class, () -> faqImport.importRows(preview, FaqImportProgress.NONE));
            assertThat(faqImport.preview("faq.csv", csv(100, null)).importable())
                    .isTrue();
        });
        assertThat(entriesOf(shop)).isZero();
    }

    @Test
    void an_exported_file_imports_into_another_tenant_unchanged() {
        var from = users.newTenant();
        var to = users.newTenant();
        var rows = new ArrayList<FaqDraft>();
        rows.add(new FaqDraft(
                "size",
                "尺码 > 上衣",
                "=怎么选尺码？",
                List.of("穿多大", "-码数"),
                "<p>看<a href=\"https://x.example/size\">尺码表</a></p>",
                List.of("尺码"),
                FaqStatus.DRAFT,
                java.time.LocalDate.of(2026, 1, 1),
                null,
                java.util.Map.of("WECHAT", "回复【尺码】")));
        users.run(from.trainer(), () -> faq.addEntries(rows));
        for (FaqFileFormat format : FaqFileFormat.values()) {
            var target = format == FaqFileFormat.CSV ? to : users.newTenant();
            var file = new java.io.ByteArrayOutputStream();
            users.run(from.trainer(), () -> exportAll(format, file));
            users.run(target.trainer(), () -> {
                var preview = faqImport.preview("faq" + format.extension(), file.toByteArray());
                assertThat(preview.importable()).as(format.name()).isTrue();
                faqImport.importRows(preview, FaqImportProgress.NONE);
            });
            var original = users.as(from.trainer(), faq::allEntries).getFirst();
            var copy = users.as(target.trainer(), faq::allEntries).getFirst();
            assertThat(copy)
                    .as(format.name())
                    .usingRecursiveComparison()
                    .ignoringFields("id")
                    .isEqualTo(original);
            var variants =
                    users.as(target.trainer(), () -> faq.entry(copy.id())).answerVariants();
            assertThat(variants).containsEntry("WECHAT", "回复【尺码】");
        }
    }

    @Autowired
    FaqExport export;

    private void exportAll(FaqFileFormat format, java.io.OutputStream out) {
        export.export(FaqFilter.ALL, format, out);
    }
}
