package io.shopdesk.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How negative or angry a customer's message is, by a model trained with deeplearning4j over the engine's sentence
 * encoder (one per language: Chinese for text that is mostly Han characters, English otherwise). The model of a
 * language trains in the background on the first call for that language (a few seconds); until it is ready the
 * answer is empty and the caller uses its own fallback. Thread-safe; callable without a tenant context.
 */
public interface SentimentAnalysis {

    /**
     * The probability that the text is negative (anger, complaint, frustration), 0 to 1; empty while the model of the
     * text's language is not trained yet (or could not be trained). Blank text is 0.
     */
    OptionalDouble negativity(String text);

    /**
     * Starts training the model of a language (zh: Chinese, anything else: English) if it has not started, and waits
     * at most {@code timeout} for it. Returns whether it is ready.
     */
    boolean awaitReady(Locale language, Duration timeout);
}
