package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.shopdesk.testing.TestUsers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A tenant admin opens the FAQ, creates an entry with a similar question, edits its answer, imports an XLSX file
 * whose third row lacks an answer (sees that row's error and that nothing can be imported), fixes the file,
 * uploads it again and imports it. In both languages, with the demo tenants of each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The same test context as the other trainer journeys (one Spring context, one Vaadin security strategy).
@Import(TestUsers.class)
class TrainerMaintainsFaqJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_creates_edits_and_imports_faq_entries_fixing_a_bad_row_on_the_way(Locale language) throws IOException {
        boolean zh = "zh".equals(language.getLanguage());
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String admin = zh ? "admin@yunshang.example" : "admin@brightwave.example";
        String question = (zh ? "礼品卡可以叠加使用吗？" : "Can I combine gift cards? ") + suffix;
        String shot = language.getLanguage();

        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn(admin, "shopdesk-demo").expectSignedIn();
        console.open("faq");
        var page = console.page();
        assertThat(page.locator("#faq-grid")).isVisible();
        assertThat(page.locator("#faq-category-tree")).isVisible();
        BrowserExtension.screenshot(page, "faq-list-" + shot);

        page.locator("#faq-new").click();
        page.locator("#faq-question input").fill(question);
        page.locator("#faq-similar-new input").fill(zh ? "礼品卡能一起用吗" : "Use two gift cards at once?");
        page.locator("#faq-similar-add").click();
        assertThat(page.locator(".sd-similar-item")).hasCount(1);
        page.locator("#faq-answer textarea")
                .fill(
                        zh
                                ? "可以，一笔订单最多叠加 3 张礼品卡。详见 https://shop.example/gift"
                                : "Yes, up to three per order. See https://shop.example/gift");
        assertThat(page.locator("#faq-answer-preview a")).hasAttribute("href", "https://shop.example/gift");
        BrowserExtension.screenshot(page, "faq-editor-" + shot);
        page.locator("#faq-save").click();
        assertThat(page.locator("#faq-entry-dialog")).hasCount(0);

        page.locator("#faq-search input").fill(suffix);
        var row = page.locator("#faq-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(question));
        assertThat(row.first()).isVisible();
        row.first().click();
        assertThat(page.locator("#faq-question input")).hasValue(question);
        page.locator("#faq-answer textarea").fill(zh ? "<p>可以，最多 <b>3</b> 张。</p>" : "<p>Yes, up to <b>three</b>.</p>");
        assertThat(page.locator("#faq-answer-preview b")).isVisible();
        page.locator("#faq-save").click();
        assertThat(page.locator("#faq-entry-dialog")).hasCount(0);
        row.first().click();
        assertThat(page.locator("#faq-answer textarea"))
                .hasValue(zh ? "<p>可以，最多 <b>3</b> 张。</p>" : "<p>Yes, up to <b>three</b>.</p>");
        page.keyboard().press("Escape");
        assertThat(page.locator("#faq-entry-dialog")).hasCount(0);

        var bad = workbook(suffix, zh, false);
        var fixed = workbook(suffix, zh, true);
        page.locator("#faq-import").click();
        assertThat(page.locator("#faq-import-upload")).isVisible();
        page.locator("#faq-import-upload input[type=file]").setInputFiles(bad);
        var summary = page.locator("#faq-import-summary");
        assertThat(summary).hasAttribute("data-problems", "1");
        assertThat(summary).hasAttribute("data-rows", "2");
        assertThat(page.locator("#faq-import-preview .sd-row-error[data-row='3']"))
                .isVisible();
        assertThat(page.locator("#faq-import-preview")).containsText(zh ? "需要答案" : "needs an answer");
        assertThat(page.locator("#faq-import-start")).isDisabled();
        BrowserExtension.screenshot(page, "faq-import-errors-" + shot);

        page.locator("#faq-import-upload input[type=file]").setInputFiles(fixed);
        assertThat(summary).hasAttribute("data-problems", "0");
        assertThat(page.locator("#faq-import-start")).isEnabled();
        page.locator("#faq-import-start").click();
        assertThat(page.locator("#faq-import-dialog")).hasCount(0);
        page.locator("#faq-search input").fill("import-" + suffix);
        assertThat(page.locator("#faq-grid")).containsText(importedQuestion(suffix, zh, 2));
        // The search applies after a short pause in typing: wait until the grid holds just the two imported entries
        // (its size, not its text: the grid keeps recycled rows in the page) before exporting what it shows.
        assertThat(page.locator("#faq-grid")).hasJSProperty("size", 2);
        BrowserExtension.screenshot(page, "faq-imported-" + shot);
        // The export follows the grid's filter: a UTF-8 CSV with a byte order mark holding the imported entries.
        var download =
                page.waitForDownload(() -> page.locator("#faq-export-csv").click());
        var exported = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(exported).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        org.assertj.core.api.Assertions.assertThat(new String(exported, java.nio.charset.StandardCharsets.UTF_8))
                .contains(importedQuestion(suffix, zh, 1), importedQuestion(suffix, zh, 2))
                .doesNotContain(question);
        console.open("");
        assertThat(page.locator("#dashboard-knowledge")).isVisible();
        console.signOut();
    }

    private static String importedQuestion(String suffix, boolean zh, int n) {
        return (zh ? "导入的问题 " : "Imported question ") + n + " import-" + suffix;
    }

    /** Two entries; the second lacks its answer unless {@code fixed}. */
    private static Path workbook(String suffix, boolean zh, boolean fixed) throws IOException {
        var file = Files.createTempFile("faq-import-" + (fixed ? "fixed" : "bad"), ".xlsx");
        try (var workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("FAQ");
            var rows = List.of(
                    List.of("question", "similar_questions", "answer", "category"),
                    List.of(
                            importedQuestion(suffix, zh, 1),
                            "first\nfirst again",
                            zh ? "第一个答案" : "First answer",
                            "Imported"),
                    List.of(
                            importedQuestion(suffix, zh, 2),
                            "second",
                            fixed ? (zh ? "第二个答案" : "Second answer") : "",
                            "Imported"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }
}
