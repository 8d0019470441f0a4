package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqProblem;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Answers are stored as sanitized HTML: paragraphs, line breaks, emphasis, lists, quotes, headings, links
 * (http, https, mailto, tel) and images (http, https). Active content (scripts, styles, frames, forms, event
 * handler attributes, javascript: URLs) is refused with a clear error rather than silently dropped, so a trainer
 * learns that the pasted text was not what they thought; other unknown markup is reduced to its text. Plain text
 * (no tags) is escaped, its line breaks kept and its URLs turned into links.
 */
public final class AnswerHtml {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'，。！？、）]+");
    private static final Set<String> ACTIVE_TAGS = Set.of(
            "script",
            "style",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "link",
            "meta",
            "base",
            "svg",
            "math",
            "template",
            "noscript");
    private static final Pattern ACTIVE_URL = Pattern.compile(
            "^\\s*(javascript|vbscript|data\\s*:\\s*text)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Safelist SAFELIST = new Safelist()
            .addTags(
                    "p",
                    "br",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "code",
                    "pre",
                    "h3",
                    "h4",
                    "a",
                    "img",
                    "span",
                    "div")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private AnswerHtml() {}

    /** Why the text cannot be stored as an answer, or empty when it can. */
    public static Optional<FaqProblem> problemOf(String field, String text) {
        if (text == null || !LOOKS_LIKE_HTML.matcher(text).find()) {
            return Optional.empty();
        }
        var body = Jsoup.parseBodyFragment(text).body();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_TAGS.contains(tag)) {
                return Optional.of(FaqProblem.of(field, "error.faq.answer-unsafe", "<" + tag + ">"));
            }
            for (var attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    return Optional.of(FaqProblem.of(field, "error.faq.answer-unsafe", name));
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("xlink:href"))
                        && ACTIVE_URL.matcher(attribute.getValue()).matches()) {
                    return Optional.of(FaqProblem.of(field, "error.faq.answer-unsafe", name));
                }
            }
        }
        return Optional.empty();
    }

    /** The stored form of an answer: sanitized HTML (plain text is escaped and its URLs linked). */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        String html = LOOKS_LIKE_HTML.matcher(stripped).find() ? stripped : fromPlainText(stripped);
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }

    /** Whether sanitized HTML shows anything (text or an image). */
    public static boolean hasContent(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        return !body.text().isBlank() || !body.select("img").isEmpty();
    }

    /** The answer as plain text for channels that cannot show HTML. */
    public static String toPlainText(String html) {
        var body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        var text = new StringBuilder();
        NodeTraversor.traverse(new PlainText(text), body);
        return text.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String fromPlainText(String text) {
        var html = new StringBuilder();
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            html.append(Entities.escape(text.substring(last, matcher.start())));
            String url = matcher.group();
            html.append("<a href=\"")
                    .append(Entities.escape(url))
                    .append("\">")
                    .append(Entities.escape(url))
                    .append("</a>");
            last = matcher.end();
        }
        html.append(Entities.escape(text.substring(last)));
        return html.toString().replace("\r\n", "\n").replace("\n", "<br>");
    }

    private record PlainText(StringBuilder out) implements NodeVisitor {

        private static final Set<String> BLOCKS =
                Set.of("p", "div", "li", "blockquote", "pre", "h3", "h4", "ul", "ol", "h1", "h2", "h5", "h6");

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                out.append(
                        node.parentNode() instanceof Element parent
                                        && parent.normalName().equals("pre")
                                ? textNode.getWholeText()
                                : textNode.text());
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "br" -> out.append('\n');
                    case "li" -> newLine().append("• ");
                    case "img" -> {
                        String alt = element.attr("alt").strip();
                        out.append(alt.isEmpty() ? "" : alt + " ").append(element.attr("src"));
                    }
                    default -> {
                        if (BLOCKS.contains(element.normalName())) {
                            newLine();
                        }
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("a")) {
                    String href = element.attr("href");
                    if (!href.isEmpty() && !href.equals(element.text().strip())) {
                        out.append(" (")
                                .append(href.replaceFirst("^mailto:", ""))
                                .append(')');
                    }
                } else if (BLOCKS.contains(element.normalName())) {
                    newLine();
                    if (element.normalName().equals("p")) {
                        out.append('\n');
                    }
                }
            }
        }

        private StringBuilder newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            return out;
        }
    }
}
