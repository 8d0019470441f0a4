package io.shopdesk.engine.internal.calibration;

import java.util.List;

/**
 * Fits the weights of a linear fusion {@code score(label) = θ · f(label)} so that {@code softmax(score)} over the
 * candidate labels of each held-out question gives its true label the highest likelihood (a conditional logit).
 * The size of θ is the softmax temperature, so this is temperature scaling and fusion in one fit.
 */
public final class FusionFit {

    /** One held-out question: features per candidate label, the index of the true label, a weight. */
    public record Row(double[][] candidates, int truth, double weight) {}

    private FusionFit() {}

    /**
     * @param prior weights to start from and shrink towards ({@code ridge} strength), used as is when rows are empty
     */
    public static double[] fit(List<Row> rows, double[] prior, double ridge) {
        if (rows.isEmpty()) {
            return prior.clone();
        }
        int d = prior.length;
        Newton.Objective nll = (theta, gradient, hessian) -> {
            double value = 0;
            java.util.Arrays.fill(gradient, 0);
            for (double[] h : hessian) {
                java.util.Arrays.fill(h, 0);
            }
            double[] mean = new double[d];
            for (Row row : rows) {
                double[][] f = row.candidates();
                int k = f.length;
                double[] z = new double[k];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    z[c] = dot(theta, f[c]);
                    max = Math.max(max, z[c]);
                }
                double total = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    total += z[c];
                }
                double w = row.weight();
                value += w * (Math.log(total) + max - dot(theta, f[row.truth()]));
                java.util.Arrays.fill(mean, 0);
                for (int c = 0; c < k; c++) {
                    double p = z[c] / total;
                    for (int i = 0; i < d; i++) {
                        mean[i] += p * f[c][i];
                    }
                }
                for (int i = 0; i < d; i++) {
                    gradient[i] += w * (mean[i] - f[row.truth()][i]);
                }
                for (int c = 0; c < k; c++) {
                    double p = z[c] / total;
                    for (int i = 0; i < d; i++) {
                        double di = f[c][i] - mean[i];
                        for (int j = 0; j < d; j++) {
                            hessian[i][j] += w * p * di * (f[c][j] - mean[j]);
                        }
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                double delta = theta[i] - prior[i];
                value += 0.5 * ridge * delta * delta;
                gradient[i] += ridge * delta;
                hessian[i][i] += ridge;
            }
            return value;
        };
        double[] theta = Newton.minimize(nll, prior, 50);
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return prior.clone();
            }
        }
        return theta;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
