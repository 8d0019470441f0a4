package io.shopdesk.knowledge.internal.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document into passages the engine retrieves and quotes: paragraphs under the same heading are joined
 * until a passage would pass {@value #MAX} characters; a paragraph longer than that is cut at sentence ends (hard
 * cut only for a single sentence that long). Passages never span headings, so each carries the heading path it
 * sits under ("Returns > Refund timing"). Passages shorter than {@value #MIN} characters are merged into the next
 * one under the same heading when that keeps them within the maximum.
 */
public final class PassageSplitter {

    public static final int MIN = 300;
    public static final int MAX = 800;
    public static final int MAX_PASSAGES = 5_000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;.])\\s*");

    private PassageSplitter() {}

    /** A passage: its position in the document (from 0), the heading path above it, and its text. */
    public record Passage(int position, String heading, String text) {}

    public static List<Passage> split(List<Block> blocks) {
        var passages = new ArrayList<Passage>();
        var headings = new String[7];
        var buffer = new StringBuilder();
        for (Block block : blocks) {
            if (block.isHeading()) {
                flush(buffer, path(headings), passages);
                headings[block.level()] = block.text();
                for (int deeper = block.level() + 1; deeper < headings.length; deeper++) {
                    headings[deeper] = null;
                }
                continue;
            }
            for (String piece : pieces(block.text())) {
                if (!buffer.isEmpty() && buffer.length() + 1 + piece.length() > MAX) {
                    flush(buffer, path(headings), passages);
                }
                if (!buffer.isEmpty()) {
                    buffer.append('\n');
                }
                buffer.append(piece);
                if (buffer.length() >= MAX) {
                    flush(buffer, path(headings), passages);
                }
            }
        }
        flush(buffer, path(headings), passages);
        return passages;
    }

    /** The paragraph as pieces of at most {@value #MAX} characters, cut after sentences where possible. */
    static List<String> pieces(String paragraph) {
        if (paragraph.length() <= MAX) {
            return List.of(paragraph);
        }
        var pieces = new ArrayList<String>();
        var current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            String rest = sentence;
            while (rest.length() > MAX) {
                if (!current.isEmpty()) {
                    pieces.add(current.toString().strip());
                    current.setLength(0);
                }
                pieces.add(rest.substring(0, MAX));
                rest = rest.substring(MAX);
            }
            if (current.length() + rest.length() + 1 > MAX && !current.isEmpty()) {
                pieces.add(current.toString().strip());
                current.setLength(0);
            }
            if (!current.isEmpty() && needsSpace(current, rest)) {
                current.append(' ');
            }
            current.append(rest);
        }
        if (!current.toString().isBlank()) {
            pieces.add(current.toString().strip());
        }
        return pieces;
    }

    private static boolean needsSpace(StringBuilder current, String next) {
        char last = current.charAt(current.length() - 1);
        return !next.isEmpty() && last < 0x3000 && next.charAt(0) < 0x3000;
    }

    private static void flush(StringBuilder buffer, String heading, List<Passage> passages) {
        String text = buffer.toString().strip();
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        var previous = passages.isEmpty() ? null : passages.getLast();
        if (previous != null
                && previous.heading().equals(heading)
                && previous.text().length() < MIN
                && previous.text().length() + 1 + text.length() <= MAX) {
            passages.set(passages.size() - 1, new Passage(previous.position(), heading, previous.text() + "\n" + text));
            return;
        }
        passages.add(new Passage(passages.size(), heading, text));
    }

    private static String path(String[] headings) {
        var names = new ArrayList<String>();
        for (String heading : headings) {
            if (heading != null) {
                names.add(heading);
            }
        }
        return String.join(" > ", names);
    }
}
