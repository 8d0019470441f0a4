package io.shopdesk.engine;

import java.util.List;

/**
 * What the engine found for one question: up to three FAQ entries, best first, each with a calibrated confidence
 * in [0,1] (about that share of answers given at that confidence are right), and the model version that answered
 * (0 when the tenant has no model yet).
 */
public record BotAnswer(List<AnswerCandidate> candidates, long modelVersion) {

    public BotAnswer {
        candidates = List.copyOf(candidates);
    }

    public static BotAnswer none(long modelVersion) {
        return new BotAnswer(List.of(), modelVersion);
    }

    /** The confidence of the best candidate, 0 when there is none. */
    public double confidence() {
        return candidates.isEmpty() ? 0 : candidates.getFirst().confidence();
    }
}
