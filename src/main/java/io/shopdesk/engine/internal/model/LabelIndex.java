package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.head.DenseHead;
import io.shopdesk.engine.internal.lexical.Bm25Index;
import java.util.Arrays;
import java.util.List;

/**
 * What answers one question's signals: the example vectors with their labels (exhaustive nearest neighbours), the
 * BM25 index over the same examples, and the head with the label each of its classes stands for ({@code -1} for a
 * label removed since training, {@code -2} for the out-of-scope class). Immutable, thread-safe.
 */
final class LabelIndex {

    /** In {@code headToLabel}: a head class whose label was removed since training. */
    static final int REMOVED = -1;

    /** In {@code headToLabel}: the head's class for out-of-scope questions. */
    static final int OUT_OF_SCOPE = -2;

    private final int labelCount;
    private final int dimension;
    private final float[] vectors;
    private final int[] labelOf;
    private final Bm25Index bm25;
    private final DenseHead head;
    private final int[] headToLabel;
    private final float[] negatives;
    private final float[] centroids;

    LabelIndex(
            int labelCount,
            int dimension,
            float[] vectors,
            int[] labelOf,
            Bm25Index bm25,
            DenseHead head,
            int[] headToLabel,
            float[] negatives) {
        this.labelCount = labelCount;
        this.dimension = dimension;
        this.vectors = vectors;
        this.labelOf = labelOf;
        this.bm25 = bm25;
        this.head = head;
        this.headToLabel = headToLabel;
        this.negatives = negatives;
        this.centroids = centroids(labelCount, dimension, vectors, labelOf);
    }

    private static float[] centroids(int labelCount, int dimension, float[] vectors, int[] labelOf) {
        float[] sums = new float[labelCount * dimension];
        for (int i = 0; i < labelOf.length; i++) {
            int to = labelOf[i] * dimension;
            for (int k = 0; k < dimension; k++) {
                sums[to + k] += vectors[i * dimension + k];
            }
        }
        for (int l = 0; l < labelCount; l++) {
            double norm = 0;
            for (int k = 0; k < dimension; k++) {
                norm += sums[l * dimension + k] * sums[l * dimension + k];
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int k = 0; k < dimension; k++) {
                sums[l * dimension + k] *= scale;
            }
        }
        return sums;
    }

    static LabelIndex build(
            int labelCount,
            float[][] embeddings,
            int[] labelOf,
            List<List<String>> terms,
            DenseHead head,
            int[] headToLabel,
            float[] negatives) {
        return new LabelIndex(
                labelCount,
                embeddings.length == 0 ? 0 : embeddings[0].length,
                flatten(embeddings),
                labelOf.clone(),
                Bm25Index.build(terms, labelOf, labelCount),
                head,
                headToLabel,
                negatives);
    }

    static float[] flatten(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        float[] flat = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            System.arraycopy(vectors[i], 0, flat, i * dimension, dimension);
        }
        return flat;
    }

    LabelSignals signals(float[] query, List<String> terms) {
        double[] knn = new double[labelCount];
        Arrays.fill(knn, -1);
        for (int i = 0, n = labelOf.length; i < n; i++) {
            float s = dot(vectors, i * dimension, query, dimension);
            int label = labelOf[i];
            if (s > knn[label]) {
                knn[label] = s;
            }
        }
        double[] centroid = new double[labelCount];
        for (int l = 0; l < labelCount; l++) {
            centroid[l] = dot(centroids, l * dimension, query, dimension);
        }
        float[] lexical = bm25.labelScores(terms);
        double[] headScores = null;
        double headNone = 0;
        if (head != null) {
            headScores = new double[labelCount];
            Arrays.fill(headScores, Double.NaN);
            double[] log = head.logProbabilities(query);
            // Renormalise over the classes still present (removed labels give their mass back).
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < log.length; c++) {
                if (headToLabel[c] != REMOVED) {
                    max = Math.max(max, log[c]);
                }
            }
            double total = 0;
            for (int c = 0; c < log.length; c++) {
                if (headToLabel[c] != REMOVED) {
                    total += Math.exp(log[c] - max);
                }
            }
            double norm = max + Math.log(total);
            for (int c = 0; c < log.length; c++) {
                if (headToLabel[c] >= 0) {
                    headScores[headToLabel[c]] = log[c] - norm;
                } else if (headToLabel[c] == OUT_OF_SCOPE) {
                    headNone = Math.exp(log[c] - norm);
                }
            }
        }
        double negative = -1;
        for (int offset = 0; offset + dimension <= negatives.length && dimension > 0; offset += dimension) {
            negative = Math.max(negative, dot(negatives, offset, query, dimension));
        }
        return new LabelSignals(knn, centroid, lexical, headScores, negative, headNone);
    }

    /** Dot product with four independent sums: the JIT does not vectorise a float reduction, but pipelines these. */
    private static float dot(float[] matrix, int offset, float[] query, int dimension) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < dimension; k += 4) {
            s0 += matrix[offset + k] * query[k];
            s1 += matrix[offset + k + 1] * query[k + 1];
            s2 += matrix[offset + k + 2] * query[k + 2];
            s3 += matrix[offset + k + 3] * query[k + 3];
        }
        for (; k < dimension; k++) {
            s0 += matrix[offset + k] * query[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** A copy of the vector of example {@code i}. */
    float[] vector(int i) {
        return Arrays.copyOfRange(vectors, i * dimension, (i + 1) * dimension);
    }

    int dimension() {
        return dimension;
    }

    float[] flatVectors() {
        return vectors;
    }

    float[] flatNegatives() {
        return negatives;
    }

    int labelCount() {
        return labelCount;
    }

    int exampleCount() {
        return labelOf.length;
    }

    DenseHead head() {
        return head;
    }

    long memoryBytes() {
        return 4L * vectors.length
                + 4L * labelOf.length
                + 4L * headToLabel.length
                + 4L * negatives.length
                + 4L * centroids.length
                + bm25.ramBytesUsed()
                + (head == null ? 0 : head.memoryBytes())
                + 128;
    }
}
