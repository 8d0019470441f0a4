package io.shopdesk.engine.internal.matching;

import java.util.List;

/** Candidates for one question, best first (at most three). */
public record Prediction(List<Candidate> candidates) {

    public Prediction {
        candidates = List.copyOf(candidates);
    }

    public double confidence() {
        return candidates.isEmpty() ? 0 : candidates.getFirst().confidence();
    }

    /** A label and the calibrated probability that it is the right answer. */
    public record Candidate(String label, double confidence) {}
}
