package io.shopdesk.engine.internal.model;

/**
 * The signals for one question, per label: the best cosine similarity of the label's examples, the similarity to the
 * label's centroid (mean example vector, normalised), the label's
 * normalised BM25 score, and the head's log-probability ({@code NaN} for a label the head was not trained on).
 */
record LabelSignals(double[] knn, double[] centroid, float[] bm25, double[] head, double negative, double headNone) {

    int labels() {
        return knn.length;
    }

    boolean headKnows(int label) {
        return head != null && !Double.isNaN(head[label]);
    }
}
