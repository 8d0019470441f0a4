package io.shopdesk.engine.internal.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bge-style encoder session: token ids in, L2-normalised {@code [CLS]} vectors out. ONNX Runtime runs each call
 * on the calling thread only ({@code intraOpNumThreads=1}), so concurrency is the caller's choice. Thread-safe.
 */
final class OnnxEncoder implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean wantsTokenTypes;
    private final String outputName;
    private final int dimension;
    private final boolean meanPooling;

    OnnxEncoder(Path modelFile, int dimension, boolean meanPooling) throws OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(modelFile.toString(), options);
        }
        Set<String> inputs = session.getInputNames();
        this.wantsTokenTypes = inputs.contains("token_type_ids");
        this.outputName = session.getOutputNames().contains("last_hidden_state")
                ? "last_hidden_state"
                : session.getOutputNames().iterator().next();
        this.dimension = dimension;
        this.meanPooling = meanPooling;
    }

    int dimension() {
        return dimension;
    }

    /** Encodes a batch of token id sequences (padded to the longest) into unit vectors. */
    float[][] encode(List<int[]> batch) throws OrtException {
        int rows = batch.size();
        int length = batch.stream().mapToInt(ids -> ids.length).max().orElse(0);
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            int[] tokens = batch.get(r);
            for (int t = 0; t < tokens.length; t++) {
                ids[r * length + t] = tokens[t];
                mask[r * length + t] = 1;
            }
        }
        long[] shape = {rows, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put(
                        "token_type_ids",
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(outputName).orElseGet(() -> (OnnxTensor) result.get(0));
                FloatBuffer values = hidden.getFloatBuffer();
                int width = (int) hidden.getInfo().getShape()[2];
                float[][] vectors = new float[rows][];
                for (int r = 0; r < rows; r++) {
                    vectors[r] = meanPooling
                            ? unitMean(values, r * length * width, width, batch.get(r).length)
                            : unitCls(values, r * length * width);
                }
                return vectors;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[] unitMean(FloatBuffer values, int offset, int width, int tokens) {
        float[] out = new float[dimension];
        for (int t = 0; t < tokens; t++) {
            for (int i = 0; i < dimension; i++) {
                out[i] += values.get(offset + t * width + i);
            }
        }
        return unit(out);
    }

    private float[] unitCls(FloatBuffer values, int offset) {
        float[] out = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            out[i] = values.get(offset + i);
        }
        return unit(out);
    }

    private static float[] unit(float[] out) {
        double norm = 0;
        for (float v : out) {
            norm += v * v;
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
