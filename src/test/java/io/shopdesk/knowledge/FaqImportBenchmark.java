package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmarks of the knowledge console (run with {@code ./mvnw -Pbench test -Dvaadin.skip}; not part of the normal
 * test run): importing 10,000 FAQ rows from XLSX and CSV (acceptance: at most 60 s each, with progress), and the
 * grid's queries over 50,000 entries of one tenant. Figures go to {@code target/benchmarks/knowledge.txt}.
 */
@IntegrationTest
class FaqImportBenchmark {

    static final int ROWS = 10_000;
    static final int GRID_ENTRIES = 50_000;
    private static final Path REPORT = Path.of("target", "benchmarks", "knowledge.txt");

    @Autowired
    TestUsers users;

    @Autowired
    FaqImport faqImport;

    @Autowired
    FaqManagement faq;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importing_ten_thousand_rows_takes_at_most_a_minute_with_progress() throws IOException {
        report("FAQ import of " + ROWS + " rows (5 similar questions each, Chinese text, 20 categories), "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (FaqFileFormat format : FaqFileFormat.values()) {
            var shop = users.newTenant("BUSINESS", List.of());
            byte[] file = format == FaqFileFormat.CSV ? csv() : xlsx();
            var progress = new AtomicInteger();
            long start = System.nanoTime();
            var preview = users.as(shop.trainer(), () -> faqImport.preview("bench" + format.extension(), file));
            long previewed = System.nanoTime();
            assertThat(preview.importable()).isTrue();
            var result = users.as(
                    shop.trainer(), () -> faqImport.importRows(preview, (done, total) -> progress.incrementAndGet()));
            long imported = System.nanoTime();
            assertThat(result.imported()).isEqualTo(ROWS);
            double previewSeconds = (previewed - start) / 1e9;
            double writeSeconds = (imported - previewed) / 1e9;
            report(String.format(
                    Locale.ROOT,
                    "  %s %.1f MB: preview (read + check) %.1f s, import (write) %.1f s, total %.1f s, %d progress"
                            + " updates",
                    format,
                    file.length / 1e6,
                    previewSeconds,
                    writeSeconds,
                    previewSeconds + writeSeconds,
                    progress.get()));
            assertThat(previewSeconds + writeSeconds).isLessThanOrEqualTo(60);
            assertThat(progress.get()).isEqualTo(ROWS / 500);
        }
    }

    @Test
    void grid_queries_over_fifty_thousand_entries() throws IOException {
        var big = users.newTenant("ENTERPRISE", List.of());
        long seedStart = System.nanoTime();
        FaqSeed.seed(jdbc, big.id(), "Seeded", GRID_ENTRIES);
        report(String.format(
                Locale.ROOT,
                "FAQ grid over %d entries (100,000 similar questions), median of 7 runs after 2 warm-ups (seeded in %.1f s)",
                GRID_ENTRIES,
                (System.nanoTime() - seedStart) / 1e9));
        users.run(big.trainer(), () -> {
            measure("first page (50, newest first) + count", () -> page(FaqFilter.ALL, PageRequest.of(0, 50)));
            measure(
                    "page 500 sorted by question + count",
                    () -> page(FaqFilter.ALL, PageRequest.of(500, 50, Sort.by("question"))));
            measure("last page + count", () -> page(FaqFilter.ALL, PageRequest.of(GRID_ENTRIES / 50 - 1, 50)));
            measure(
                    "sorted by hits (joined statistics) + count",
                    () -> page(FaqFilter.ALL, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("hits")))));
            measure(
                    "search text (question, key, similar) + count",
                    () -> page(FaqFilter.ALL.withText("wording 4242 x"), PageRequest.of(0, 50)));
            measure(
                    "status DRAFT + count",
                    () -> page(new FaqFilter(null, FaqStatus.DRAFT, null, false, null), PageRequest.of(0, 50)));
            measure(
                    "tag filter + count",
                    () -> page(new FaqFilter(null, null, null, false, "tag-7"), PageRequest.of(0, 50)));
        });
    }

    private int page(FaqFilter filter, PageRequest request) {
        return faq.list(filter, request).size() + (int) Math.min(1, faq.count(filter));
    }

    private void measure(String what, Supplier<Integer> query) {
        for (int i = 0; i < 2; i++) {
            query.get();
        }
        var times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            assertThat(query.get()).isPositive();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        report(String.format(Locale.ROOT, "  %-48s median %6.1f ms, max %6.1f ms", what, times[3], times[6]));
    }

    private static byte[] csv() {
        var text = new StringBuilder("key,category,question,similar_questions,answer,tags,status\n");
        for (Row row : rows()) {
            text.append(row.key())
                    .append(',')
                    .append(row.category())
                    .append(',')
                    .append(row.question())
                    .append(",\"")
                    .append(String.join("\n", row.similar()))
                    .append("\",\"")
                    .append(row.answer())
                    .append("\",")
                    .append(row.tag())
                    .append(",PUBLISHED\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx() throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("FAQ");
            var header = sheet.createRow(0);
            String[] names = {"key", "category", "question", "similar_questions", "answer", "tags", "status"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int index = 1;
            for (Row row : rows()) {
                var cells = sheet.createRow(index++);
                String[] values = {
                    row.key(),
                    row.category(),
                    row.question(),
                    String.join("\n", row.similar()),
                    row.answer(),
                    row.tag(),
                    "PUBLISHED"
                };
                for (int i = 0; i < values.length; i++) {
                    cells.createCell(i).setCellValue(values[i]);
                }
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    private record Row(String key, String category, String question, List<String> similar, String answer, String tag) {}

    private static List<Row> rows() {
        var rows = new ArrayList<Row>();
        for (int n = 0; n < ROWS; n++) {
            var similar = new ArrayList<String>();
            for (int s = 0; s < 5; s++) {
                similar.add("第 " + n + " 号商品的第 " + s + " 种问法：多久能发货，能不能退换");
            }
            rows.add(new Row(
                    "item-" + n,
                    "分类 " + (n % 20) + " > 子类 " + (n % 3),
                    "第 " + n + " 号商品什么时候发货？",
                    similar,
                    "您好，第 " + n + " 号商品在付款后 48 小时内发货，详情请看 https://shop.example/item/" + n + " 。",
                    "标签" + (n % 50)));
        }
        return rows;
    }

    private static void report(String line) {
        System.out.println("[bench] " + line);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(
                    REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
