package io.shopdesk.review.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised-text similarity of customer questions, for clustering the review queue: case, width and punctuation
 * are folded, Latin words lose common stop words and a plural "s", and Chinese (any CJK run) is compared by
 * character bigrams. Two questions are alike when the Jaccard overlap of their terms reaches {@link #ALIKE}.
 */
public final class QuestionSimilarity {

    static final double ALIKE = 0.5;

    private static final int MAX_KEY = 500;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "i", "my", "me", "you", "your", "is", "are", "do", "does", "can", "to", "of", "for", "in",
            "on", "it", "and", "or", "be", "please", "what", "how", "we", "our", "there", "any");

    private QuestionSimilarity() {}

    /** The question folded to lower-case words and CJK characters separated by single spaces. */
    public static String key(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var text = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                text.append(' ').appendCodePoint(cp).append(' ');
            } else if (Character.isLetterOrDigit(cp)) {
                text.appendCodePoint(cp);
            } else {
                text.append(' ');
            }
        });
        String key = text.toString().trim().replaceAll("\\s+", " ");
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** The terms of a {@link #key}: content words, and bigrams of consecutive CJK characters. */
    static Set<String> terms(String key) {
        var terms = new LinkedHashSet<String>();
        String previousCjk = null;
        for (String token : key.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (isCjk(token.codePointAt(0))) {
                if (previousCjk != null) {
                    terms.add(previousCjk + token);
                }
                previousCjk = token;
                continue;
            }
            if (previousCjk != null && terms.isEmpty()) {
                terms.add(previousCjk);
            }
            previousCjk = null;
            if (STOP_WORDS.contains(token)) {
                continue;
            }
            terms.add(token.length() > 3 && token.endsWith("s") ? token.substring(0, token.length() - 1) : token);
        }
        if (terms.isEmpty() && previousCjk != null) {
            terms.add(previousCjk);
        }
        return terms;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String term : a) {
            if (b.contains(term)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static boolean isCjk(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
