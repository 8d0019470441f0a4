package io.shopdesk.handoff.internal;

import io.shopdesk.engine.SentimentAnalysis;
import org.springframework.stereotype.Component;

/**
 * The runtime's sentiment scorer: the higher of the engine's trained model ({@link SentimentAnalysis}) and the word
 * lists of {@link WordListSentimentScorer} (a listed insult or "!!" still counts when the model is unsure; on the
 * benchmark the higher of the two beats the model alone, docs/benchmarks.md); the word lists alone while the model of
 * the message's language is still training (the first seconds after the first message of that language) or could not
 * be trained.
 */
@Component
class ModelSentimentScorer implements SentimentScorer {

    private final SentimentAnalysis model;
    private final WordListSentimentScorer fallback = new WordListSentimentScorer();

    ModelSentimentScorer(SentimentAnalysis model) {
        this.model = model;
    }

    @Override
    public double negativity(String text) {
        double words = fallback.negativity(text);
        var score = model.negativity(text);
        return score.isPresent() ? Math.max(score.getAsDouble(), words) : words;
    }
}
