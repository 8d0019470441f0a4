package io.shopdesk.knowledge.internal.articles;

import io.shopdesk.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an uploaded document into headings and paragraphs with Apache Tika: plain text and Markdown (encoding
 * detected by Tika), HTML, PDF and DOCX. Only these parsers are on the class path, chosen by extension; embedded
 * documents are skipped. Files that are too large, unreadable, encrypted or without text are refused with a
 * message naming the file.
 */
public final class ArticleParser {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_CHARS = 2_000_000;
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Set<String> BLOCKS =
            Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "tr", "dt", "dd");

    private static final Logger log = LoggerFactory.getLogger(ArticleParser.class);

    private ArticleParser() {}

    public static List<Block> parse(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException("error.article.too-large", fileName, MAX_BYTES / (1024 * 1024));
        }
        var format = ArticleFormat.ofFileName(fileName);
        if (bytes.length == 0) {
            throw new BusinessRuleException("error.article.no-text", fileName);
        }
        String xhtml = extract(fileName, bytes, parserFor(format));
        var body = Jsoup.parse(xhtml).body();
        var blocks = format == ArticleFormat.TEXT || format == ArticleFormat.MARKDOWN
                ? fromText(body.wholeText(), format == ArticleFormat.MARKDOWN)
                : fromXhtml(body);
        if (blocks.stream().noneMatch(block -> !block.isHeading())) {
            throw new BusinessRuleException("error.article.no-text", fileName);
        }
        return blocks;
    }

    /** Blocks of pasted text, read as Markdown (# headings, blank lines between paragraphs). */
    public static List<Block> parsePasted(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessRuleException.onField("text", "error.article.text-required");
        }
        if (text.length() > MAX_CHARS) {
            throw BusinessRuleException.onField("text", "error.article.too-long", MAX_CHARS);
        }
        return fromText(text, true);
    }

    private static Parser parserFor(ArticleFormat format) {
        return switch (format) {
            case TEXT, MARKDOWN -> new TXTParser();
            case HTML -> new JSoupParser();
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
        };
    }

    private static String extract(String fileName, byte[] bytes, Parser parser) {
        var xhtml = new ToXMLContentHandler();
        var limited = new WriteOutContentHandler(xhtml, MAX_CHARS);
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var context = new ParseContext();
        context.set(Parser.class, EmptyParser.INSTANCE);
        try (var in = TikaInputStream.get(bytes)) {
            parser.parse(in, limited, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new BusinessRuleException("error.article.encrypted", fileName);
        } catch (Exception | LinkageError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new BusinessRuleException("error.article.too-long", MAX_CHARS);
            }
            log.info("Cannot read article {}: {}", fileName, e.toString());
            throw new BusinessRuleException("error.article.unreadable", fileName);
        }
        return xhtml.toString();
    }

    static List<Block> fromXhtml(Element body) {
        var blocks = new ArrayList<Block>();
        for (Element element : body.select(String.join(",", BLOCKS))) {
            if (element.parents().stream().anyMatch(parent -> BLOCKS.contains(parent.normalName()))) {
                continue;
            }
            String tag = element.normalName();
            String text = tag.equals("tr")
                    ? String.join(" | ", element.children().eachText())
                    : tag.equals("pre")
                            ? element.wholeText().strip()
                            : element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            blocks.add(tag.matches("h[1-6]") ? Block.heading(tag.charAt(1) - '0', text) : Block.paragraph(text));
        }
        if (blocks.isEmpty()) {
            return fromText(body.wholeText(), false);
        }
        return blocks;
    }

    static List<Block> fromText(String text, boolean markdown) {
        var blocks = new ArrayList<Block>();
        var paragraph = new StringBuilder();
        for (String rawLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = rawLine.strip();
            var heading = markdown ? MD_HEADING.matcher(line) : null;
            if (line.isEmpty() || (heading != null && heading.matches())) {
                flush(paragraph, blocks, markdown);
                if (heading != null && heading.matches()) {
                    blocks.add(Block.heading(heading.group(1).length(), inlineMarkdown(heading.group(2))));
                }
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append('\n');
            }
            paragraph.append(line);
        }
        flush(paragraph, blocks, markdown);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks, boolean markdown) {
        if (!paragraph.isEmpty()) {
            String text = markdown ? inlineMarkdown(paragraph.toString()) : paragraph.toString();
            if (!text.isBlank()) {
                blocks.add(Block.paragraph(text.strip()));
            }
            paragraph.setLength(0);
        }
    }

    /** The text of Markdown inline markup: links as "text (url)", no emphasis or code marks. */
    static String inlineMarkdown(String text) {
        return text.replaceAll("!\\[([^\\]]*)]\\(([^)]+)\\)", "$1 ($2)")
                .replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1 ($2)")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1")
                .replaceAll("`([^`]+)`", "$1")
                .replaceAll("(?m)^\\s*[-*+]\\s+", "• ")
                .replaceAll("(?m)^\\s*>\\s?", "");
    }
}
