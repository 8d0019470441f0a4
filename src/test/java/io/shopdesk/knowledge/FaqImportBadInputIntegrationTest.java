package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad input through the console's HTTP import: a malformed CSV, a corrupt XLSX, a file in an encoding
 * other than UTF-8 or GBK, an oversize file, a duplicate standard question and an answer with a script tag each get
 * a clear, translated problem detail (never a stack trace), and none of them writes a single entry, not even the
 * good rows beside the bad one.
 */
@IntegrationTest
class FaqImportBadInputIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestTenant shop;

    @BeforeEach
    void shop() {
        shop = users.newTenant(
                "STARTER",
                List.of(new FaqDraft(
                        "ship",
                        null,
                        "How fast do you ship?",
                        List.of(),
                        "Two days.",
                        List.of(),
                        FaqStatus.PUBLISHED)));
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM faq_entry WHERE tenant_id = ?")
                .param(shop.id().value())
                .query(Long.class)
                .single();
    }

    @Test
    void a_malformed_csv_is_refused_with_the_file_named_and_nothing_written() {
        var response = upload(
                "faq.csv",
                "question,answer\nGood row?,Fine.\n\"Unclosed?,answer\n".getBytes(StandardCharsets.UTF_8),
                "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("error.import.csv-malformed")
                .contains("faq.csv")
                .doesNotContain("Exception");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void a_corrupt_xlsx_is_refused_in_the_callers_language_and_nothing_written() {
        var notAWorkbook = "PK\u0003\u0004 this is no workbook".getBytes(StandardCharsets.ISO_8859_1);
        var response = upload("faq.xlsx", notAWorkbook, "zh-CN");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("error.import.xlsx-malformed").doesNotContain("Exception");
        assertThat(response.body()).containsPattern("\\p{IsHan}");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void a_file_in_another_encoding_is_reported_not_read_as_mojibake() {
        var latin1 = "question,answer\nCafé crème?,Très bien\n".getBytes(StandardCharsets.ISO_8859_1);
        var response = upload("faq.csv", latin1, "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("error.import.encoding").doesNotContain("Exception");
        assertThat(entries()).isEqualTo(1);

        // GBK, what Excel on a Chinese Windows writes, is detected and imported as the right characters.
        var gbk = "question,answer\n退货运费谁出？,质量问题由我们承担。\n".getBytes(Charset.forName("GBK"));
        var imported = upload("faq.csv", gbk, "zh-CN");
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT question FROM faq_entry WHERE tenant_id = ? AND question LIKE '退货%'")
                        .param(shop.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("退货运费谁出？");
    }

    @Test
    void an_oversize_file_is_refused_before_it_is_read_and_nothing_written() {
        var justOver = new byte[FaqImport.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(justOver, (byte) 'a');
        var refused = upload("faq.csv", justOver, "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error.import.too-large").doesNotContain("Exception");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void a_duplicate_standard_question_or_a_script_in_an_answer_stops_the_whole_file() {
        var response = upload(
                "faq.csv",
                ("question,answer\nA new and fine question?,Fine.\nHow fast do you ship?,Again.\n"
                                + "Another question?,<script>alert(1)</script>\n"
                                + "A new and fine question?,Twice in the file.\n")
                        .getBytes(StandardCharsets.UTF_8),
                "en");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("error.faq.question-duplicate")
                .contains("error.faq.answer-unsafe")
                .contains("error.import.question-repeated")
                .contains("\"row\":3")
                .contains("\"row\":4")
                .contains("\"row\":5")
                .doesNotContain("\"row\":2")
                .doesNotContain("Exception");
        assertThat(entries()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM faq_entry WHERE tenant_id = ? AND answer LIKE '%<script%'")
                        .param(shop.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String language) {
        String boundary = UUID.randomUUID().toString();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/faq/import"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((shop.trainer() + ":" + TestUsers.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
