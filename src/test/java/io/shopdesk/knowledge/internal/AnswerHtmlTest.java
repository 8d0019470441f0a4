package io.shopdesk.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerHtmlTest {

    @Test
    void links_images_and_emphasis_survive_sanitizing() {
        String html = AnswerHtml.sanitize(
                "<p>See <a href=\"https://shop.example/returns\">returns</a> <strong>now</strong></p>"
                        + "<img src=\"https://cdn.example/a.png\" alt=\"label\">");
        assertThat(html)
                .contains("<a href=\"https://shop.example/returns\"")
                .contains("rel=\"nofollow noopener noreferrer\"")
                .contains("<strong>now</strong>")
                .contains("<img src=\"https://cdn.example/a.png\" alt=\"label\">");
    }

    @Test
    void a_script_tag_is_reported_as_unsafe_and_never_stored() {
        var problem = AnswerHtml.problemOf("answer", "Hello <script>alert(1)</script>");
        assertThat(problem).hasValueSatisfying(found -> {
            assertThat(found.messageKey()).isEqualTo("error.faq.answer-unsafe");
            assertThat(found.arguments()).containsExactly("<script>");
        });
        assertThat(AnswerHtml.sanitize("Hello <script>alert(1)</script>")).doesNotContain("script");
    }

    @Test
    void event_handlers_and_javascript_urls_are_unsafe() {
        assertThat(AnswerHtml.problemOf("answer", "<img src=x onerror=alert(1)>"))
                .isPresent();
        assertThat(AnswerHtml.problemOf("answer", "<a href=\"javascript:alert(1)\">x</a>"))
                .isPresent();
        assertThat(AnswerHtml.problemOf("answer", "<a href=\" JaVaScRiPt:alert(1)\">x</a>"))
                .isPresent();
        assertThat(AnswerHtml.problemOf("answer", "<iframe src=\"https://evil.example\"></iframe>"))
                .isPresent();
        assertThat(AnswerHtml.problemOf("answer", "<p>fine <b>bold</b></p>")).isEmpty();
        assertThat(AnswerHtml.problemOf("answer", "a < b and c > d")).isEmpty();
    }

    @Test
    void unknown_markup_is_reduced_to_its_text() {
        assertThat(AnswerHtml.sanitize("<font color=red>Red</font> <p style=\"x\">text</p>"))
                .isEqualTo("Red <p>text</p>");
    }

    @Test
    void plain_text_is_escaped_with_line_breaks_kept_and_urls_linked() {
        String html = AnswerHtml.sanitize("Fish & chips <3\n退货请看 https://shop.example/r?a=1&b=2。谢谢");
        assertThat(html)
                .startsWith("Fish &amp; chips &lt;3<br>退货请看 <a href=\"https://shop.example/r?a=1&amp;b=2\"")
                .endsWith("。谢谢");
    }

    @Test
    void plain_text_rendering_shows_links_and_images_as_urls() {
        String text = AnswerHtml.toPlainText("<p>Read <a href=\"https://x.example/r\">our policy</a>.</p>"
                + "<ul><li>one</li><li>two</li></ul><img src=\"https://x.example/i.png\" alt=\"size chart\">");
        assertThat(text)
                .contains("Read our policy (https://x.example/r).")
                .contains("• one\n• two")
                .contains("size chart https://x.example/i.png");
    }

    @Test
    void an_answer_with_only_empty_markup_has_no_content() {
        assertThat(AnswerHtml.hasContent(AnswerHtml.sanitize("<p> </p><br>"))).isFalse();
        assertThat(AnswerHtml.hasContent(AnswerHtml.sanitize("<img src=\"https://x.example/a.png\">")))
                .isTrue();
    }
}
