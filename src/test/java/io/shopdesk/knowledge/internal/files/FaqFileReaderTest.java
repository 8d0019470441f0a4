package io.shopdesk.knowledge.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.knowledge.FaqImportRow;
import io.shopdesk.knowledge.FaqProblem;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.shared.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every kind of bad import file gets a clear message; every kind of bad row a problem on that row. */
class FaqFileReaderTest {

    private static final String HEADER =
            "key,category,question,similar_questions,answer,tags,status,valid_from,valid_until\n";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String messageKeyOf(Runnable reading) {
        try {
            reading.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError("no error");
    }

    private static List<String> problemKeys(FaqImportRow row) {
        return row.problems().stream().map(FaqProblem::messageKey).toList();
    }

    @Test
    void a_good_csv_becomes_drafts_with_similar_questions_tags_status_and_dates() {
        var file = FaqFileReader.read(
                "faq.csv",
                utf8(HEADER
                        + "returns,Returns > Clothes,How do I return?,\"Can I return it?\nReturn policy?|Send back\","
                        + "Within 30 days.,\"returns, policy\",DRAFT,2026-12-01,2026/12/31\n"));
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.rows()).hasSize(1);
        var row = file.rows().getFirst();
        assertThat(row.ok()).isTrue();
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.draft().key()).isEqualTo("returns");
        assertThat(row.draft().category()).isEqualTo("Returns > Clothes");
        assertThat(row.draft().similarQuestions()).containsExactly("Can I return it?", "Return policy?", "Send back");
        assertThat(row.draft().status()).isEqualTo(FaqStatus.DRAFT);
        assertThat(row.draft().validFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(row.draft().validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void chinese_headers_semicolons_and_a_byte_order_mark_are_understood() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("标准问题;答案;相似问题\n怎么退货？;七天无理由退货。;能退吗|退货流程\n");
        var bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        var row = FaqFileReader.read("faq.csv", bytes).rows().getFirst();
        assertThat(row.ok()).isTrue();
        assertThat(row.draft().question()).isEqualTo("怎么退货？");
        assertThat(row.draft().similarQuestions()).containsExactly("能退吗", "退货流程");
    }

    @Test
    void gbk_csv_is_detected_and_read_correctly() {
        var gbk = ("question,answer\n怎么退货？,七天无理由退货，运费由我们承担。\n").getBytes(Charset.forName("GBK"));
        var file = FaqFileReader.read("faq.csv", gbk);
        assertThat(file.encoding()).isEqualTo("GBK");
        assertThat(file.rows().getFirst().draft().answer()).isEqualTo("七天无理由退货，运费由我们承担。");
    }

    @Test
    void a_file_in_another_encoding_is_refused_rather_than_read_as_mojibake() {
        var latin1 = "question,answer\nCafé crème?,Très bien\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", latin1))).isEqualTo("error.import.encoding");
        var garbage = new byte[] {'q', ',', 'a', '\n', (byte) 0xFF, (byte) 0xFE - 1, (byte) 0x80, (byte) 0xFF};
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", garbage))).isEqualTo("error.import.encoding");
    }

    @Test
    void malformed_csv_with_an_unclosed_quote_names_the_line() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(
                BusinessRuleException.class,
                () -> FaqFileReader.read("faq.csv", utf8(HEADER + "k,,\"How do I return?,answer\n")));
        assertThat(error.messageKey()).isEqualTo("error.import.csv-malformed");
        assertThat(error.arguments()[0]).isEqualTo("faq.csv");
    }

    @Test
    void an_oversize_file_is_refused_before_it_is_read() {
        var huge = new byte[FaqFileReader.MAX_BYTES + 1];
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", huge))).isEqualTo("error.import.too-large");
    }

    @Test
    void files_that_are_not_csv_or_xlsx_are_refused_by_name() {
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.json", utf8("[]"))))
                .isEqualTo("error.import.format");
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.xls", utf8("x")))).isEqualTo("error.import.xls-old");
    }

    @Test
    void an_empty_file_or_one_with_only_a_header_is_refused() {
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", new byte[0])))
                .isEqualTo("error.import.empty");
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", utf8(HEADER))))
                .isEqualTo("error.import.empty");
    }

    @Test
    void a_header_without_question_or_answer_columns_is_refused() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(
                BusinessRuleException.class, () -> FaqFileReader.read("faq.csv", utf8("title,text\na,b\n")));
        assertThat(error.messageKey()).isEqualTo("error.import.header-missing");
        assertThat((String) error.arguments()[0]).contains("question").contains("answer");
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.csv", utf8("question,answer,answer\na,b,c\n"))))
                .isEqualTo("error.import.header-duplicate");
    }

    @Test
    void duplicate_questions_and_keys_within_the_file_are_reported_on_the_later_row() {
        var rows = FaqFileReader.read(
                        "faq.csv",
                        utf8("key,question,answer\nk1,How do I pay?,Card.\nk1,HOW DO I PAY?,Cash.\nk2,Other?,Yes.\n"))
                .rows();
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(problemKeys(rows.get(1)))
                .containsExactlyInAnyOrder("error.import.question-repeated", "error.import.key-repeated");
        assertThat(rows.get(1).problems().getFirst().arguments()).contains(2);
        assertThat(rows.get(2).ok()).isTrue();
    }

    @Test
    void bad_cells_are_problems_of_their_row() {
        var rows = FaqFileReader.read(
                        "faq.csv",
                        utf8(HEADER
                                + "Bad Key!,,Q1?,,A1,,LIVE,,\n"
                                + ",,Q2?,,A2,,,tomorrow,\n"
                                + ",,Q3?,,A3,,,2026-12-31,2026-01-01\n"
                                + ",,,,A4,,,,\n"
                                + ",,Q5?,,,,,,\n"
                                + ",,Q6?,,<p>Hi</p><script>steal()</script>,,,,\n"))
                .rows();
        assertThat(problemKeys(rows.get(0))).containsExactlyInAnyOrder("error.faq.key-invalid", "error.import.status");
        assertThat(problemKeys(rows.get(1))).containsExactly("error.import.date");
        assertThat(problemKeys(rows.get(2))).containsExactly("error.faq.validity-order");
        assertThat(problemKeys(rows.get(3))).containsExactly("error.faq.question-required");
        assertThat(problemKeys(rows.get(4))).containsExactly("error.faq.answer-required");
        assertThat(problemKeys(rows.get(5))).containsExactly("error.faq.answer-unsafe");
        assertThat(rows).extracting(FaqImportRow::rowNumber).containsExactly(2, 3, 4, 5, 6, 7);
    }

    @Test
    void a_leading_apostrophe_before_a_formula_character_is_dropped_on_import() {
        var row = FaqFileReader.read("faq.csv", utf8("question,answer\n'=SUM(A1) means?,'-5 degrees\n"))
                .rows()
                .getFirst();
        assertThat(row.draft().question()).isEqualTo("=SUM(A1) means?");
        assertThat(row.draft().answer()).isEqualTo("-5 degrees");
    }

    @Test
    void xlsx_rows_are_read_with_dates_and_row_numbers_as_excel_shows_them() throws IOException {
        byte[] bytes;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("FAQ");
            var header = sheet.createRow(0);
            String[] names = {"question", "answer", "similar_questions", "valid_until"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("发票怎么开？");
            row.createCell(1).setCellValue("下单时填写抬头即可。");
            row.createCell(2).setCellValue("能开发票吗\n电子发票");
            var date = row.createCell(3);
            date.setCellValue(LocalDate.of(2027, 3, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            date.setCellStyle(style);
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var file = FaqFileReader.read("faq.xlsx", bytes);
        assertThat(file.encoding()).isNull();
        var row = file.rows().getFirst();
        assertThat(row.rowNumber()).isEqualTo(3);
        assertThat(row.ok()).isTrue();
        assertThat(row.draft().similarQuestions()).containsExactly("能开发票吗", "电子发票");
        assertThat(row.draft().validUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void a_corrupt_xlsx_or_a_zip_that_is_no_workbook_is_refused() throws IOException {
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.xlsx", utf8("not a zip at all"))))
                .isEqualTo("error.import.xlsx-malformed");
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write(utf8("hello"));
            out.closeEntry();
        }
        assertThat(messageKeyOf(() -> FaqFileReader.read("faq.xlsx", zip.toByteArray())))
                .isEqualTo("error.import.xlsx-malformed");
    }

    @Test
    void too_many_rows_are_refused() {
        var text = new StringBuilder("question,answer\n");
        for (int i = 0; i <= FaqFileReader.MAX_ROWS; i++) {
            text.append("Q").append(i).append(",A\n");
        }
        assertThatThrownBy(() -> FaqFileReader.read("faq.csv", utf8(text.toString())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.import.too-many-rows");
    }
}
