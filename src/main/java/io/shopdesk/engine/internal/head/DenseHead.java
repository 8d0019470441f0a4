package io.shopdesk.engine.internal.head;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A trained head: {@code softmax(W2 · relu(W1 · x + b1) + b2)}, weights row-major per output unit. Immutable and
 * thread-safe; about {@code 4 · hidden · (input + classes)} bytes.
 */
public final class DenseHead {

    private final int input;
    private final int hidden;
    private final int classes;
    private final float[] w1; // hidden x input
    private final float[] b1;
    private final float[] w2; // classes x hidden
    private final float[] b2;

    DenseHead(int input, int hidden, int classes, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.input = input;
        this.hidden = hidden;
        this.classes = classes;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    public int classes() {
        return classes;
    }

    /** Log-probabilities of the head's classes for one embedding. */
    public double[] logProbabilities(float[] x) {
        float[] h = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            float sum = b1[j] + dot(w1, j * input, x, input);
            h[j] = sum > 0 ? sum : 0;
        }
        double[] logits = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            float sum = b2[c] + dot(w2, c * hidden, h, hidden);
            logits[c] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int c = 0; c < classes; c++) {
            total += Math.exp(logits[c] - max);
        }
        double log = max + Math.log(total);
        for (int c = 0; c < classes; c++) {
            logits[c] -= log;
        }
        return logits;
    }

    private static float dot(float[] matrix, int offset, float[] vector, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += matrix[offset + k] * vector[k];
            s1 += matrix[offset + k + 1] * vector[k + 1];
            s2 += matrix[offset + k + 2] * vector[k + 2];
            s3 += matrix[offset + k + 3] * vector[k + 3];
        }
        for (; k < n; k++) {
            s0 += matrix[offset + k] * vector[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public boolean isFinite() {
        return finite(w1) && finite(b1) && finite(w2) && finite(b2);
    }

    public long memoryBytes() {
        return 4L * (w1.length + b1.length + w2.length + b2.length) + 96;
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(input);
        out.writeInt(hidden);
        out.writeInt(classes);
        write(out, w1);
        write(out, b1);
        write(out, w2);
        write(out, b2);
    }

    public static DenseHead read(DataInputStream in) throws IOException {
        int input = in.readInt();
        int hidden = in.readInt();
        int classes = in.readInt();
        if (input <= 0 || hidden <= 0 || classes <= 0 || (long) hidden * (input + classes) > 64L << 20) {
            throw new IOException("Corrupt head dimensions " + input + "x" + hidden + "x" + classes);
        }
        return new DenseHead(
                input,
                hidden,
                classes,
                read(in, hidden * input),
                read(in, hidden),
                read(in, classes * hidden),
                read(in, classes));
    }

    private static void write(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] read(DataInputStream in, int n) throws IOException {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static boolean finite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
