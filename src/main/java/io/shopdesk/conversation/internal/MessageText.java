package io.shopdesk.conversation.internal;

import io.shopdesk.shared.BusinessRuleException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a customer may send as text: 1 to 2,000 characters once whitespace is normalised (runs of spaces become one,
 * lines are trimmed, at most one blank line in a row). Control characters other than tab and line breaks, lone
 * surrogates, non-characters and the replacement character (the mark of bytes that were not text) are refused.
 * Emoji and HTML are ordinary text: stored as sent and shown as text everywhere.
 */
public final class MessageText {

    public static final int MAX_LENGTH = 2000;

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private MessageText() {}

    /** The normalised text, or a field error on {@code text} saying what is wrong. */
    public static String normalise(String raw) {
        if (raw == null) {
            throw BusinessRuleException.onField("text", "chat.error.text-required");
        }
        if (raw.length() > MAX_LENGTH * 8) {
            throw BusinessRuleException.onField("text", "chat.error.text-too-long", MAX_LENGTH);
        }
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (!allowed(c) || (Character.isSurrogate(raw.charAt(i)) && Character.charCount(c) == 1)) {
                throw BusinessRuleException.onField("text", "chat.error.text-binary");
            }
            i += Character.charCount(c);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
        text = SPACE_AROUND_BREAK.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
        if (text.codePoints().allMatch(MessageText::invisible)) {
            throw BusinessRuleException.onField("text", "chat.error.text-required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw BusinessRuleException.onField("text", "chat.error.text-too-long", MAX_LENGTH);
        }
        return text;
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        int type = Character.getType(c);
        boolean nonCharacter = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
        return type != Character.CONTROL && !nonCharacter && c != 0xFFFD;
    }

    /** Whitespace and format characters (zero-width spaces, joiners) carry no text of their own. */
    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
