package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.calibration.LogisticCalibrator;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuses the signals into one score per label, a softmax over labels, and a calibrated confidence. Two fusions are
 * fitted: the full one (neighbours, BM25, head) and a reduced one without the head, which answers for labels added
 * since the head was trained (and for models without a head). Immutable.
 */
record Fusion(
        double[] full, double[] reduced, LogisticCalibrator fullCalibrator, LogisticCalibrator reducedCalibrator) {

    static final int TOP = 3;

    /** Starting points of the fits, and the weights used when a tenant has too few examples to hold any out. */
    static final double[] FULL_PRIOR = {15, 4, 1, 5};

    static final double[] REDUCED_PRIOR = {20, 5, 5};
    static final LogisticCalibrator CALIBRATOR_PRIOR = new LogisticCalibrator(new double[] {1, 0, 0, 0, -4, 0}, 0);

    static Fusion prior() {
        return new Fusion(FULL_PRIOR, REDUCED_PRIOR, CALIBRATOR_PRIOR, CALIBRATOR_PRIOR);
    }

    /** A ranked answer: label indexes best first, their fused probabilities, and the top label's confidence. */
    record Ranked(int[] labels, double[] probabilities, double confidence, boolean full) {}

    static double[] fullFeatures(LabelSignals s, int label) {
        return new double[] {s.knn()[label], s.bm25()[label], s.head()[label], s.centroid()[label]};
    }

    static double[] reducedFeatures(LabelSignals s, int label) {
        return new double[] {s.knn()[label], s.bm25()[label], s.centroid()[label]};
    }

    /**
     * The calibrator's view of a ranking: how sure the softmax is, by what margin, how close the best label's examples
     * are (and how much closer than known out-of-scope questions), how much of the question the index matched, how
     * foreign its script is, and how likely the head finds it out of scope.
     */
    static double[] calibrationFeatures(LabelSignals s, int[] top, double[] p, double foreign) {
        double p1 = Math.clamp(p[0], 1e-6, 1 - 1e-6);
        double p2 = p.length > 1 ? p[1] : 0;
        double knn = s.knn()[top[0]];
        return new double[] {
            Math.log(p1 / (1 - p1)),
            p1 - p2,
            knn,
            s.bm25()[top[0]],
            foreign,
            knn - Math.max(s.negative(), 0),
            s.headNone()
        };
    }

    Ranked rank(LabelSignals s, double foreign) {
        boolean anyHead = false;
        boolean anyNew = false;
        for (int l = 0; l < s.labels(); l++) {
            if (s.headKnows(l)) {
                anyHead = true;
            } else {
                anyNew = true;
            }
        }
        Ranked reducedRanking = null;
        if (!anyHead || anyNew) {
            reducedRanking = softmax(s, false, foreign);
            if (!anyHead || !s.headKnows(reducedRanking.labels()[0])) {
                return reducedRanking;
            }
        }
        return softmax(s, true, foreign);
    }

    Ranked softmax(LabelSignals s, boolean useHead, double foreign) {
        int n = s.labels();
        double[] z = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < n; l++) {
            if (useHead && !s.headKnows(l)) {
                z[l] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double[] f = useHead ? fullFeatures(s, l) : reducedFeatures(s, l);
            double[] w = useHead ? full : reduced;
            double v = 0;
            for (int i = 0; i < f.length; i++) {
                v += w[i] * f[i];
            }
            z[l] = v;
            max = Math.max(max, v);
        }
        double total = 0;
        for (int l = 0; l < n; l++) {
            z[l] = Double.isInfinite(z[l]) ? 0 : Math.exp(z[l] - max);
            total += z[l];
        }
        int k = Math.min(TOP, n);
        int[] top = new int[k];
        double[] p = new double[k];
        List<Integer> taken = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            int best = -1;
            for (int l = 0; l < n; l++) {
                if (!taken.contains(l) && (best < 0 || z[l] > z[best])) {
                    best = l;
                }
            }
            taken.add(best);
            top[r] = best;
            p[r] = z[best] / total;
        }
        LogisticCalibrator calibrator = useHead ? fullCalibrator : reducedCalibrator;
        double confidence = calibrator.probability(calibrationFeatures(s, top, p, foreign));
        return new Ranked(top, p, confidence, useHead);
    }

    void writeTo(DataOutputStream out) throws IOException {
        writeArray(out, full);
        writeArray(out, reduced);
        fullCalibrator.writeTo(out);
        reducedCalibrator.writeTo(out);
    }

    static Fusion read(DataInputStream in) throws IOException {
        return new Fusion(readArray(in), readArray(in), LogisticCalibrator.read(in), LogisticCalibrator.read(in));
    }

    private static void writeArray(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64) {
            throw new IOException("Corrupt fusion weights");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
