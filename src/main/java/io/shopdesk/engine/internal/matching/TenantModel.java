package io.shopdesk.engine.internal.matching;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/** A trained model of one tenant. Immutable and thread-safe: changes return a new model. */
public interface TenantModel {

    MatchLanguage language();

    /** The labels this model can answer with. */
    Set<String> labels();

    /** Up to three candidates, best first, with calibrated confidences in [0,1]; none when nothing matches. */
    Prediction predict(String question);

    /**
     * This model with more examples (possibly of new labels), usable at once and without retraining: a new FAQ entry
     * or similar question is answered correctly within two seconds of being added.
     */
    TenantModel withExamples(List<Example> examples);

    /** This model without the labels (entries deleted or unpublished): they are never answered again. */
    TenantModel withoutLabels(Set<String> labels);

    /** Heap and off-heap bytes this model keeps resident, excluding the shared encoders. */
    long memoryBytes();

    /** Writes the model so that {@link Matching#read} restores an equivalent one on any replica. */
    void writeTo(OutputStream out) throws IOException;
}
