package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.AnswerHtml;
import java.util.Optional;

/**
 * What answers may contain, for editors that preview an answer before it is saved: the same sanitizing the
 * services apply on save. Allowed are paragraphs, line breaks, emphasis, lists, quotes, small headings, links
 * (http, https, mailto, tel) and images (http, https); active content (scripts, frames, forms, event handlers,
 * javascript: URLs) is refused.
 */
public final class AnswerMarkup {

    private AnswerMarkup() {}

    /** Why the text cannot be saved as an answer (active content), or empty. */
    public static Optional<FaqProblem> problemOf(String text) {
        return AnswerHtml.problemOf("answer", text);
    }

    /** The text as it would be stored: sanitized HTML, safe to show as is. */
    public static String sanitize(String text) {
        return AnswerHtml.sanitize(text);
    }

    /** Sanitized HTML as plain text (for channels without HTML, and for short previews). */
    public static String toPlainText(String html) {
        return AnswerHtml.toPlainText(html);
    }
}
