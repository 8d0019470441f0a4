package io.shopdesk.knowledge.internal.articles;

/** A piece of a document in reading order: a heading of level 1-6, or a paragraph (level 0). */
public record Block(int level, String text) {

    public static Block heading(int level, String text) {
        return new Block(Math.max(1, Math.min(6, level)), text);
    }

    public static Block paragraph(String text) {
        return new Block(0, text);
    }

    public boolean isHeading() {
        return level > 0;
    }
}
