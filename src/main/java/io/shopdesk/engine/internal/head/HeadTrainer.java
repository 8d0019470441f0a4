package io.shopdesk.engine.internal.head;

import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Trains a {@link DenseHead} with deeplearning4j: one ReLU hidden layer with dropout, softmax output, cross-entropy
 * against label-smoothed targets, Adam, a fixed number of passes scaled to the data size. ND4J runs on the number
 * of threads given (one by default: training shares the machine with the live runtime).
 */
public final class HeadTrainer {

    /** Tuning of one training run. */
    public record Settings(
            int hidden,
            int epochs,
            int batchSize,
            double learningRate,
            double labelSmoothing,
            double inputRetain,
            double hiddenRetain,
            double l2) {

        public static final Settings DEFAULTS = new Settings(512, 40, 64, 2e-3, 0.1, 0.9, 0.6, 1e-5);
    }

    private static volatile boolean threadsSet;

    private final Settings settings;

    public HeadTrainer(Settings settings, int threads) {
        this.settings = settings;
        configureThreads(threads);
    }

    private static synchronized void configureThreads(int threads) {
        if (!threadsSet) {
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            threadsSet = true;
        }
    }

    /**
     * Trains on embeddings {@code x} with class indexes {@code y} (0..classes-1). Returns a head whose weights are all
     * finite, or throws {@link ArithmeticException}.
     */
    public DenseHead train(float[][] x, int[] y, int classes, long seed) {
        int n = x.length;
        int input = x[0].length;
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(settings.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .l2(settings.l2())
                .list()
                .layer(new DenseLayer.Builder()
                        .nIn(input)
                        .nOut(settings.hidden())
                        .activation(Activation.RELU)
                        .dropOut(settings.inputRetain())
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(settings.hidden())
                        .nOut(classes)
                        .activation(Activation.SOFTMAX)
                        .dropOut(settings.hiddenRetain())
                        .build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();

        float off = (float) (settings.labelSmoothing() / classes);
        float on = (float) (1 - settings.labelSmoothing()) + off;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        // Large tenants take larger steps: DL4J's cost per step is high, and many examples need fewer passes.
        int batch = Math.min(n < 4000 ? settings.batchSize() : settings.batchSize() * 2, n);
        int epochs = n < 2000 ? settings.epochs() : Math.max(10, settings.epochs() / 2);
        float[][] features = new float[batch][];
        float[][] targets = new float[batch][classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += batch) {
                int size = Math.min(batch, n - start);
                float[][] fx = size == batch ? features : new float[size][];
                float[][] fy = size == batch ? targets : new float[size][classes];
                for (int r = 0; r < size; r++) {
                    fx[r] = x[order[start + r]];
                    java.util.Arrays.fill(fy[r], off);
                    fy[r][y[order[start + r]]] = on;
                }
                try (INDArray in = Nd4j.create(fx);
                        INDArray out = Nd4j.create(fy)) {
                    net.fit(in, out);
                }
            }
            if (!Double.isFinite(net.score())) {
                throw new ArithmeticException("Head training diverged at epoch " + epoch);
            }
        }
        DenseHead head = copy(net, input, classes);
        net.close();
        if (!head.isFinite()) {
            throw new ArithmeticException("Head weights are not finite");
        }
        return head;
    }

    private DenseHead copy(MultiLayerNetwork net, int input, int classes) {
        int hidden = settings.hidden();
        float[][] w1 = net.getLayer(0).getParam("W").toFloatMatrix(); // input x hidden
        float[] b1 = net.getLayer(0).getParam("b").toFloatVector();
        float[][] w2 = net.getLayer(1).getParam("W").toFloatMatrix(); // hidden x classes
        float[] b2 = net.getLayer(1).getParam("b").toFloatVector();
        float[] w1t = new float[hidden * input];
        for (int i = 0; i < input; i++) {
            for (int j = 0; j < hidden; j++) {
                w1t[j * input + i] = w1[i][j];
            }
        }
        float[] w2t = new float[classes * hidden];
        for (int j = 0; j < hidden; j++) {
            for (int c = 0; c < classes; c++) {
                w2t[c * hidden + j] = w2[j][c];
            }
        }
        return new DenseHead(input, hidden, classes, w1t, b1, w2t, b2);
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }
}
