package io.shopdesk.engine.internal.encoder;

import java.util.List;

/** Turns normalised questions into unit vectors of one fixed dimension. Thread-safe. */
public interface SentenceEncoder {

    /**
     * Names the model, and the weights when several are joined, behind the vectors: stored with a tenant model,
     * whose vectors mean nothing to an encoder with another id.
     */
    String id();

    int dimension();

    /** A question being answered now: served before any bulk work. */
    float[] encode(String normalizedText);

    /** Many texts at once (training); yields to {@link #encode} calls waiting at the same time. */
    float[][] encodeAll(List<String> normalizedTexts, Progress progress);

    @FunctionalInterface
    interface Progress {
        Progress NONE = done -> {};

        void encoded(int done);
    }
}
