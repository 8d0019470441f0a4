package io.shopdesk.engine.internal.calibration;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * {@code P(correct | x) = sigmoid(β · x + β0)}, fitted by weighted maximum likelihood with a small ridge pulling β
 * towards a prior (Platt scaling generalised to a few features). Immutable.
 */
public record LogisticCalibrator(double[] beta, double bias) {

    /** One held-out answer: its features, whether it was right, and its weight. */
    public record Sample(double[] x, boolean correct, double weight) {}

    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < beta.length; i++) {
            z += beta[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static LogisticCalibrator fit(List<Sample> samples, LogisticCalibrator prior, double ridge) {
        if (samples.isEmpty()) {
            return prior;
        }
        int d = prior.beta().length;
        double[] start = new double[d + 1];
        System.arraycopy(prior.beta(), 0, start, 0, d);
        start[d] = prior.bias();
        Newton.Objective nll = (theta, gradient, hessian) -> {
            double value = 0;
            java.util.Arrays.fill(gradient, 0);
            for (double[] h : hessian) {
                java.util.Arrays.fill(h, 0);
            }
            double[] x1 = new double[d + 1];
            for (Sample s : samples) {
                System.arraycopy(s.x(), 0, x1, 0, d);
                x1[d] = 1;
                double z = FusionFit.dot(theta, x1);
                double p = 1 / (1 + Math.exp(-z));
                double y = s.correct() ? 1 : 0;
                // log(1 + e^z) - y z, computed stably
                value += s.weight() * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z);
                double r = p - y;
                double v = p * (1 - p);
                for (int i = 0; i <= d; i++) {
                    gradient[i] += s.weight() * r * x1[i];
                    for (int j = 0; j <= d; j++) {
                        hessian[i][j] += s.weight() * v * x1[i] * x1[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                double delta = theta[i] - prior.beta()[i];
                value += 0.5 * ridge * delta * delta;
                gradient[i] += ridge * delta;
                hessian[i][i] += ridge;
            }
            hessian[d][d] += 1e-6;
            return value;
        };
        double[] theta = Newton.minimize(nll, start, 50);
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return prior;
            }
        }
        return new LogisticCalibrator(java.util.Arrays.copyOf(theta, d), theta[d]);
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(beta.length);
        for (double b : beta) {
            out.writeDouble(b);
        }
        out.writeDouble(bias);
    }

    public static LogisticCalibrator read(DataInputStream in) throws IOException {
        int d = in.readInt();
        if (d < 0 || d > 64) {
            throw new IOException("Corrupt calibrator size " + d);
        }
        double[] beta = new double[d];
        for (int i = 0; i < d; i++) {
            beta[i] = in.readDouble();
        }
        return new LogisticCalibrator(beta, in.readDouble());
    }
}
