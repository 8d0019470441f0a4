package io.shopdesk.engine.internal.matching;

import java.util.List;

/**
 * What a model is trained from: example questions per label, and questions known to be out of scope (negative
 * examples from the review queue), which the model must learn not to answer. A fixed seed makes training repeatable.
 */
public record TrainingData(MatchLanguage language, List<Example> examples, List<String> outOfScope, long seed) {

    public TrainingData {
        examples = List.copyOf(examples);
        outOfScope = List.copyOf(outOfScope);
    }
}
