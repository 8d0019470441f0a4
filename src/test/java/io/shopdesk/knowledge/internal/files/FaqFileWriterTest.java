package io.shopdesk.knowledge.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqFileFormat;
import io.shopdesk.knowledge.FaqStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FaqFileWriterTest {

    private static final FaqEntrySummary CHINESE = new FaqEntrySummary(
            1,
            "refund-time",
            "售后 > 退款",
            "退款多久到账？",
            List.of("钱什么时候退回来", "退款进度"),
            "原路退回，1-3 个工作日到账。",
            FaqStatus.PUBLISHED,
            List.of("退款", "售后"),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 31));

    private static final FaqEntrySummary FORMULAS = new FaqEntrySummary(
            2,
            null,
            null,
            "=HYPERLINK(\"https://evil.example\") ?",
            List.of("+1 what", "@me", "-minus"),
            "-5 degrees is cold",
            FaqStatus.DRAFT,
            List.of(),
            null,
            null);

    private static byte[] write(FaqFileFormat format, FaqEntrySummary... entries) {
        var out = new ByteArrayOutputStream();
        try (var writer = new FaqFileWriter(format, List.of("WECHAT"), out)) {
            for (FaqEntrySummary entry : entries) {
                writer.write(entry, entry.id() == 1 ? Map.of("WECHAT", "微信里回复【退款】查看进度") : Map.of());
            }
        }
        return out.toByteArray();
    }

    @Test
    void csv_starts_with_a_byte_order_mark_and_round_trips_chinese_text() {
        byte[] csv = write(FaqFileFormat.CSV, CHINESE);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var row = FaqFileReader.read("faq.csv", csv).rows().getFirst();
        assertThat(row.ok()).isTrue();
        assertThat(row.draft().question()).isEqualTo("退款多久到账？");
        assertThat(row.draft().category()).isEqualTo("售后 > 退款");
        assertThat(row.draft().similarQuestions()).containsExactly("钱什么时候退回来", "退款进度");
        assertThat(row.draft().answer()).isEqualTo("原路退回，1-3 个工作日到账。");
        assertThat(row.draft().tags()).containsExactly("退款, 售后");
        assertThat(row.draft().validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(row.draft().answerVariants()).containsEntry("WECHAT", "微信里回复【退款】查看进度");
    }

    @Test
    void cells_starting_with_formula_characters_are_escaped_in_csv_and_restored_on_import() {
        String csv = new String(write(FaqFileFormat.CSV, FORMULAS), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"https://evil.example\"\") ?\"")
                .contains("'-5 degrees is cold")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",-5 degrees");
        var row = FaqFileReader.read("faq.csv", csv.getBytes(StandardCharsets.UTF_8))
                .rows()
                .getFirst();
        assertThat(row.draft().question()).isEqualTo("=HYPERLINK(\"https://evil.example\") ?");
        assertThat(row.draft().answer()).isEqualTo("-5 degrees is cold");
        assertThat(row.draft().status()).isEqualTo(FaqStatus.DRAFT);
    }

    @Test
    void xlsx_holds_text_cells_only_escaped_and_round_trips() throws IOException {
        byte[] xlsx = write(FaqFileFormat.XLSX, CHINESE, FORMULAS);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("question");
            var formulaRow = sheet.getRow(2);
            assertThat(formulaRow.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaRow.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK");
        }
        var rows = FaqFileReader.read("faq.xlsx", xlsx).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).draft().question()).isEqualTo("退款多久到账？");
        assertThat(rows.get(0).draft().similarQuestions()).containsExactly("钱什么时候退回来", "退款进度");
        assertThat(rows.get(1).draft().question()).isEqualTo("=HYPERLINK(\"https://evil.example\") ?");
        assertThat(rows.get(1).draft().similarQuestions()).containsExactly("+1 what", "@me", "-minus");
    }
}
