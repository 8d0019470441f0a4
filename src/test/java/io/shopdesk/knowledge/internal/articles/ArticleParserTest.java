package io.shopdesk.knowledge.internal.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shopdesk.shared.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Documents of every supported format are read into headings and paragraphs; bad files get a clear error. */
class ArticleParserTest {

    private static String errorOf(String fileName, byte[] bytes) {
        var error = catchThrowableOfType(BusinessRuleException.class, () -> ArticleParser.parse(fileName, bytes));
        assertThat(error).as("an error for " + fileName).isNotNull();
        return error.messageKey();
    }

    @Test
    void markdown_headings_become_headings_and_inline_markup_is_dropped() {
        var blocks = ArticleParser.parse(
                "returns.md",
                "# Returns\n\nYou can return **any** item within [30 days](https://x.example/r).\n\n## Refunds\nRefunds take `3` days.\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(blocks)
                .containsExactly(
                        Block.heading(1, "Returns"),
                        Block.paragraph("You can return any item within 30 days (https://x.example/r)."),
                        Block.heading(2, "Refunds"),
                        Block.paragraph("Refunds take 3 days."));
    }

    @Test
    void plain_text_in_gbk_is_decoded() {
        var text = "退货政策\n\n收到商品七天内可以无理由退货，请保持吊牌完好。\n\n退款会在三个工作日内原路退回。";
        var blocks = ArticleParser.parse("政策.txt", text.getBytes(Charset.forName("GBK")));
        assertThat(blocks).extracting(Block::text).contains("收到商品七天内可以无理由退货，请保持吊牌完好。");
    }

    @Test
    void html_headings_paragraphs_lists_and_tables_are_read_and_scripts_ignored() {
        var html = "<html><head><title>t</title><script>var secret=1;</script></head><body><h1>Shipping</h1>"
                + "<p>We ship <b>worldwide</b>.</p><ul><li>EU: 3 days</li><li>US: 5 days</li></ul>"
                + "<table><tr><td>Zone</td><td>Price</td></tr></table></body></html>";
        var blocks = ArticleParser.parse("shipping.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(blocks)
                .contains(
                        Block.heading(1, "Shipping"),
                        Block.paragraph("We ship worldwide."),
                        Block.paragraph("EU: 3 days"),
                        Block.paragraph("Zone | Price"));
        assertThat(blocks).extracting(Block::text).noneMatch(text -> text.contains("secret"));
    }

    @Test
    void docx_headings_and_paragraphs_are_read() throws IOException {
        byte[] docx;
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Warranty");
            document.createParagraph().createRun().setText("Every device has a two-year warranty.");
            document.write(out);
            docx = out.toByteArray();
        }
        var blocks = ArticleParser.parse("warranty.docx", docx);
        assertThat(blocks).extracting(Block::text).contains("Warranty", "Every device has a two-year warranty.");
    }

    @Test
    void pdf_text_is_read() throws IOException {
        var blocks = ArticleParser.parse("manual.pdf", pdf("Charge the battery fully before first use.", false));
        assertThat(blocks).extracting(Block::text).anyMatch(text -> text.contains("Charge the battery fully"));
    }

    @Test
    void an_encrypted_pdf_is_refused_with_a_message_about_the_password() throws IOException {
        assertThat(errorOf("secret.pdf", pdf("hidden", true))).isEqualTo("error.article.encrypted");
    }

    @Test
    void damaged_files_unknown_formats_old_word_files_and_oversize_files_are_refused() {
        assertThat(errorOf("broken.pdf", "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("error.article.unreadable");
        assertThat(errorOf("broken.docx", "PK not a zip".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("error.article.unreadable");
        assertThat(errorOf("tool.exe", new byte[] {1, 2, 3})).isEqualTo("error.article.format");
        assertThat(errorOf("old.doc", new byte[] {1, 2, 3})).isEqualTo("error.article.doc-old");
        assertThat(errorOf("big.txt", new byte[ArticleParser.MAX_BYTES + 1])).isEqualTo("error.article.too-large");
    }

    @Test
    void documents_without_any_text_are_refused() throws IOException {
        assertThat(errorOf("empty.txt", new byte[0])).isEqualTo("error.article.no-text");
        assertThat(errorOf("blank.md", "\n\n   \n# Only a heading\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("error.article.no-text");
        assertThat(errorOf("scan.pdf", pdf(null, false))).isEqualTo("error.article.no-text");
    }

    @Test
    void pasted_text_is_read_as_markdown_and_must_not_be_empty() {
        assertThat(ArticleParser.parsePasted("## 发货\n48 小时内发货。"))
                .isEqualTo(List.of(Block.heading(2, "发货"), Block.paragraph("48 小时内发货。")));
        var error = catchThrowableOfType(BusinessRuleException.class, () -> ArticleParser.parsePasted("  "));
        assertThat(error.messageKey()).isEqualTo("error.article.text-required");
    }

    private static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
