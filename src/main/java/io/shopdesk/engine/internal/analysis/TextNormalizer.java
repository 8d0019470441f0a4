package io.shopdesk.engine.internal.analysis;

import com.hankcs.hanlp.HanLP;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a question into the one form that the index, the encoder and the training data share: markup and
 * control characters out, compatibility forms folded (full-width letters, digits and punctuation become half-width),
 * lower case, traditional Chinese converted to simplified for Chinese tenants, URLs and e-mail addresses replaced by
 * a placeholder word, emoji and other pictographs removed. Never fails: any string (or null) gives a string, at most
 * {@link #MAX_CODE_POINTS} long.
 */
public final class TextNormalizer {

    /** Questions are short; anything longer is cut (a pasted page must not cost the encoder more than a question). */
    public static final int MAX_CODE_POINTS = 256;

    /** Markup and URL handling look at no more than this many chars of the raw input. */
    private static final int MAX_RAW_CHARS = 4096;

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style)\\b[^>]{0,500}>.{0,4096}?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[!/?]?[a-zA-Z][^<>]{0,500}>");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]{1,2048}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");

    private TextNormalizer() {}

    public static String normalize(String raw, MatchLanguage language) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
        if (text.indexOf('<') >= 0) {
            text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('&') >= 0) {
            text = decodeEntities(text);
        }
        boolean zh = language == MatchLanguage.ZH;
        if (text.indexOf('@') >= 0) {
            text = EMAIL.matcher(text).replaceAll(zh ? " 邮箱 " : " email ");
        }
        text = URL.matcher(text).replaceAll(zh ? " 链接 " : " link ");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = keepMeaningfulCharacters(text).toLowerCase(Locale.ROOT);
        if (zh && ScriptProfile.containsHan(text)) {
            text = HanLP.convertToSimplifiedChinese(text);
        }
        return text;
    }

    private static String decodeEntities(String text) {
        return text.replace("&nbsp;", " ")
                .replace("&lt;", " ")
                .replace("&gt;", " ")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Letters, marks, digits and punctuation survive; emoji, symbols, controls and odd spaces become one space. */
    private static String keepMeaningfulCharacters(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CODE_POINTS * 2));
        int kept = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && kept < MAX_CODE_POINTS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // Combining marks count only on a kept character (an emoji's variation selector goes with the emoji).
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.ENCLOSING_MARK
                    || cp == 0x200D;
            if (mark ? !pendingSpace && !out.isEmpty() && cp != 0x200D && !isVariationSelector(cp) : isKept(cp)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                    kept++;
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
                kept++;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isKept(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }
}
