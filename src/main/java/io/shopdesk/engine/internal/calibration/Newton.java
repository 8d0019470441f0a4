package io.shopdesk.engine.internal.calibration;

/** Damped Newton minimisation of small smooth convex objectives, and the linear solve it needs. */
final class Newton {

    interface Objective {
        /** The value at theta; fills gradient and Hessian. */
        double evaluate(double[] theta, double[] gradient, double[][] hessian);
    }

    private Newton() {}

    static double[] minimize(Objective objective, double[] start, int iterations) {
        int d = start.length;
        double[] theta = start.clone();
        double[] gradient = new double[d];
        double[][] hessian = new double[d][d];
        double value = objective.evaluate(theta, gradient, hessian);
        for (int it = 0; it < iterations; it++) {
            double[] step = solve(hessian, gradient);
            if (step == null) {
                break;
            }
            double scale = 1;
            double[] candidate = new double[d];
            double[] g2 = new double[d];
            double[][] h2 = new double[d][d];
            double next = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++) {
                for (int i = 0; i < d; i++) {
                    candidate[i] = theta[i] - scale * step[i];
                }
                next = objective.evaluate(candidate, g2, h2);
                if (Double.isFinite(next) && next <= value) {
                    break;
                }
                scale /= 2;
            }
            if (!(Double.isFinite(next) && next <= value)) {
                break;
            }
            double improvement = value - next;
            System.arraycopy(candidate, 0, theta, 0, d);
            System.arraycopy(g2, 0, gradient, 0, d);
            for (int i = 0; i < d; i++) {
                System.arraycopy(h2[i], 0, hessian[i], 0, d);
            }
            value = next;
            if (improvement < 1e-9 * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        return theta;
    }

    /** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }
}
