package io.shopdesk.engine.internal.sentiment;

import io.shopdesk.engine.internal.analysis.ScriptProfile;
import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.encoder.SentenceEncoder;
import io.shopdesk.engine.internal.head.DenseHead;
import io.shopdesk.engine.internal.matching.MatchLanguage;

/**
 * A trained sentiment model of one language: the language's shared encoder and a two-class head (index
 * {@link #NEGATIVE} is "negative"). Immutable and thread-safe.
 */
public final class SentimentModel {

    /** The head's class index of "not negative". */
    public static final int NOT_NEGATIVE = 0;

    /** The head's class index of "negative". */
    public static final int NEGATIVE = 1;

    private final MatchLanguage language;
    private final SentenceEncoder encoder;
    private final DenseHead head;

    SentimentModel(MatchLanguage language, SentenceEncoder encoder, DenseHead head) {
        this.language = language;
        this.encoder = encoder;
        this.head = head;
    }

    public MatchLanguage language() {
        return language;
    }

    /**
     * The language whose model scores a text: Chinese when Han characters are at least a third of the Latin letters
     * (a Chinese sentence with a product name in it), English otherwise.
     */
    public static MatchLanguage languageOf(String text) {
        ScriptProfile profile = ScriptProfile.of(text == null ? "" : text);
        return profile.han() > 0 && profile.han() * 3 >= profile.latin() ? MatchLanguage.ZH : MatchLanguage.EN;
    }

    /**
     * The probability that the text is negative, 0 to 1. The text is normalised exactly as a question of a tenant of
     * this language, so a message the engine has just answered is a hit in the encoder's cache.
     */
    public double negativity(String text) {
        String normalized = TextNormalizer.normalize(text, language);
        if (!hasLetterOrDigit(normalized)) {
            return 0;
        }
        return Math.exp(head.logProbabilities(encoder.encode(normalized))[NEGATIVE]);
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
