package io.shopdesk.handoff.internal;

import java.util.List;
import java.util.Locale;

/**
 * The fallback sentiment scorer from Chinese and English word lists: each distinct negative word or phrase found adds
 * to the score (one gives 0.5, two 0.67, three 0.75 ...), and repeated "!" or "！" or shouting in capitals add one
 * more. A negation right before an English word ("not bad") cancels it. The runtime scores with the engine's trained
 * model ({@link ModelSentimentScorer}) and uses this only while that model is not ready; it misses anything not on
 * its lists (see docs/benchmarks.md for both on the same data).
 */
public class WordListSentimentScorer implements SentimentScorer {

    private static final List<String> CHINESE = List.of(
            "垃圾", "太差", "很差", "差劲", "投诉", "骗子", "欺骗", "坑人", "气死", "生气", "愤怒", "失望", "太慢", "无语", "恶心", "退钱", "不满意",
            "什么破", "烂", "滚", "受够", "再也不", "骗人", "糟糕", "离谱", "要投诉");
    private static final List<String> ENGLISH = List.of(
            "terrible",
            "awful",
            "horrible",
            "worst",
            "useless",
            "angry",
            "furious",
            "disappointed",
            "disappointing",
            "scam",
            "fraud",
            "ridiculous",
            "unacceptable",
            "pathetic",
            "hate",
            "complaint",
            "complain",
            "rubbish",
            "garbage",
            "stupid",
            "never again",
            "fed up",
            "waste of",
            "bad service",
            "lied");
    private static final List<String> NEGATIONS = List.of("not ", "isn't ", "wasn't ", "no ");

    @Override
    public double negativity(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String word : CHINESE) {
            if (lower.contains(word)) {
                hits++;
            }
        }
        for (String word : ENGLISH) {
            int at = lower.indexOf(word);
            if (at >= 0 && !negated(lower, at)) {
                hits++;
            }
        }
        if (hits > 0 && (lower.contains("!!") || lower.contains("！！") || shouting(text))) {
            hits++;
        }
        return hits == 0 ? 0 : 1 - 1.0 / (1 + hits);
    }

    private static boolean negated(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 7), at);
        return NEGATIONS.stream().anyMatch(before::endsWith);
    }

    private static boolean shouting(String text) {
        long letters =
                text.chars().filter(Character::isLetter).filter(c -> c < 128).count();
        long upper = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        return letters >= 8 && upper * 10 >= letters * 8;
    }
}
