package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.analysis.ScriptProfile;
import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.calibration.FusionFit;
import io.shopdesk.engine.internal.calibration.LogisticCalibrator;
import io.shopdesk.engine.internal.head.DenseHead;
import io.shopdesk.engine.internal.head.HeadTrainer;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.engine.internal.matching.TrainingData;
import io.shopdesk.engine.internal.matching.TrainingFailedException;
import io.shopdesk.engine.internal.matching.TrainingProgress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Trains a tenant model. The examples are encoded once; then the tenant's own examples are split into stratified
 * folds, and for each fold held out a model is built from the rest (neighbours, BM25 and head) and asked the held-out
 * questions, together with the tenant's out-of-scope questions and the built-in off-topic ones. The fusion weights
 * and the calibrator are fitted on those answers; the final head is trained on everything.
 */
public final class ModelTrainer {

    /** Tuning of training. */
    public record Settings(int folds, int maxHeadLabels, HeadTrainer.Settings head, int headThreads) {

        public static final Settings DEFAULTS = new Settings(5, 2000, HeadTrainer.Settings.DEFAULTS, 1);
    }

    /** Held-out rows beyond this many examples are costly (one head per fold): fewer folds are run. */
    private static final int ALL_FOLDS_UP_TO = 4000;

    private static final int FIT_CANDIDATES = 60;
    private static final int MIN_ROWS_TO_FIT = 10;
    private static final double FUSION_RIDGE = 1.0;
    private static final double CALIBRATOR_RIDGE = 1.0;
    private static final double OUT_OF_SCOPE_SHARE = 0.25;

    /** The head's extra class, trained on the out-of-scope questions (never a tenant's label: it has a NUL). */
    static final String OUT_OF_SCOPE_CLASS = "\u0000out-of-scope";

    private final Settings settings;

    public ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    public TenantModel train(TrainingData data, TrainingProgress progress, Toolkit toolkit)
            throws TrainingFailedException {
        try {
            return doTrain(data, progress, toolkit);
        } catch (ArithmeticException e) {
            throw new TrainingFailedException("Training diverged: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TrainingFailedException("Training failed: " + e, e);
        }
    }

    private TenantModel doTrain(TrainingData data, TrainingProgress progress, Toolkit toolkit)
            throws TrainingFailedException {
        progress.report(0, "analysis");
        Corpus corpus = Corpus.of(data.examples(), toolkit);
        if (corpus.texts.isEmpty()) {
            throw new TrainingFailedException("No usable example questions (all empty or without letters)");
        }
        int n = corpus.texts.size();
        int labelCount = corpus.labels.size();
        progress.report(0.02, "encoding");
        List<String> negatives = negatives(data, toolkit);
        List<String> everything = new ArrayList<>(corpus.texts);
        everything.addAll(negatives);
        int total = everything.size();
        float[][] vectors = toolkit.encoder()
                .encodeAll(everything, done -> progress.report(0.02 + 0.48 * done / total, "encoding"));
        float[][] examples = java.util.Arrays.copyOf(vectors, n);
        float[][] negativeVectors = java.util.Arrays.copyOfRange(vectors, n, total);
        List<List<String>> negativeTerms = new ArrayList<>();
        for (String negative : negatives) {
            negativeTerms.add(toolkit.analyzer().terms(negative));
        }

        boolean withHead = labelCount >= 2 && labelCount <= settings.maxHeadLabels();
        HeadTrainer heads = new HeadTrainer(settings.head(), settings.headThreads());
        int[] fold = folds(corpus.labelOf, labelCount, data.seed());
        int foldsToRun = n <= ALL_FOLDS_UP_TO ? settings.folds() : n <= 2 * ALL_FOLDS_UP_TO ? 2 : 1;
        // Each out-of-scope question is held out once, in one of the folds that run, and known to the others.
        int[] negativeFold = new int[negatives.size()];
        Random shuffle = new Random(data.seed() ^ 0x5DEECE66DL);
        for (int j = 0; j < negativeFold.length; j++) {
            negativeFold[j] = shuffle.nextInt(foldsToRun);
        }
        List<HeldOut> inScope = new ArrayList<>();
        List<HeldOut> outOfScope = new ArrayList<>();
        for (int f = 0; f < foldsToRun; f++) {
            int current = f;
            IntPredicate keep = i -> fold[i] != current;
            progress.report(0.5 + 0.3 * f / foldsToRun, "calibration");
            if (java.util.stream.IntStream.range(0, n).noneMatch(i -> fold[i] == current)) {
                continue;
            }
            float[][] knownNegatives = java.util.stream.IntStream.range(0, negatives.size())
                    .filter(j -> negativeFold[j] != current)
                    .mapToObj(j -> negativeVectors[j])
                    .toArray(float[][]::new);
            LabelIndex partial =
                    subset(corpus, examples, keep, labelCount, withHead, heads, data.seed() + f + 1, knownNegatives);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    LabelSignals s = partial.signals(examples[i], corpus.terms.get(i));
                    inScope.add(new HeldOut(s, corpus.labelOf[i], foreign(corpus.texts.get(i), toolkit), 1));
                }
            }
            for (int j = 0; j < negatives.size(); j++) {
                if (negativeFold[j] == f) {
                    LabelSignals s = partial.signals(negativeVectors[j], negativeTerms.get(j));
                    outOfScope.add(new HeldOut(s, -1, foreign(negatives.get(j), toolkit), 1));
                }
            }
        }
        Fusion fusion = fit(inScope, outOfScope, withHead);

        progress.report(0.8, "head");
        DenseHead head = null;
        List<String> headLabels = List.of();
        if (withHead) {
            head = trainHead(heads, examples, corpus.labelOf, negativeVectors, labelCount, data.seed());
            List<String> classes = new ArrayList<>(corpus.labels);
            classes.add(OUT_OF_SCOPE_CLASS);
            headLabels = classes;
        }
        progress.report(0.97, "index");
        DefaultTenantModel model = DefaultTenantModel.assemble(
                toolkit,
                corpus.labels,
                corpus.texts,
                corpus.labelOf,
                examples,
                head,
                headLabels,
                fusion,
                LabelIndex.flatten(negativeVectors));
        check(model, examples[0], corpus.terms.getFirst());
        progress.report(1, "done");
        return model;
    }

    private static void check(DefaultTenantModel model, float[] vector, List<String> terms)
            throws TrainingFailedException {
        Fusion.Ranked ranked = model.fusion().rank(model.index().signals(vector, terms), 0);
        if (!Double.isFinite(ranked.confidence()) || !Double.isFinite(ranked.probabilities()[0])) {
            throw new TrainingFailedException("The trained model answers with non-finite confidences");
        }
    }

    private static List<String> negatives(TrainingData data, Toolkit toolkit) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String question : data.outOfScope()) {
            String text = TextNormalizer.normalize(question, toolkit.language());
            if (DefaultTenantModel.hasLetterOrDigit(text) && seen.add(text)) {
                out.add(text);
            }
        }
        for (String question : OffTopicQuestions.all()) {
            String text = TextNormalizer.normalize(question, toolkit.language());
            if (seen.add(text)) {
                out.add(text);
            }
        }
        return out;
    }

    private static double foreign(String normalized, Toolkit toolkit) {
        return ScriptProfile.of(normalized).foreignShare(toolkit.language());
    }

    /**
     * Fold per example (stratified by label, shuffled with the seed); {@code -1} for the only example of a label,
     * which is never held out.
     */
    private int[] folds(int[] labelOf, int labelCount, long seed) {
        Random random = new Random(seed);
        List<List<Integer>> byLabel = new ArrayList<>();
        for (int l = 0; l < labelCount; l++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < labelOf.length; i++) {
            byLabel.get(labelOf[i]).add(i);
        }
        int[] fold = new int[labelOf.length];
        int k = settings.folds();
        for (List<Integer> members : byLabel) {
            java.util.Collections.shuffle(members, random);
            int offset = random.nextInt(k);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = members.size() < 2 ? -1 : (offset + j) % k;
            }
        }
        return fold;
    }

    private static LabelIndex subset(
            Corpus corpus,
            float[][] vectors,
            IntPredicate keep,
            int labelCount,
            boolean withHead,
            HeadTrainer heads,
            long seed,
            float[][] negatives) {
        List<float[]> x = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            if (keep.test(i)) {
                x.add(vectors[i]);
                terms.add(corpus.terms.get(i));
                y.add(corpus.labelOf[i]);
            }
        }
        float[][] xs = x.toArray(float[][]::new);
        int[] ys = y.stream().mapToInt(Integer::intValue).toArray();
        DenseHead head = withHead ? trainHead(heads, xs, ys, negatives, labelCount, seed) : null;
        int[] identity = new int[withHead ? labelCount + 1 : 0];
        for (int c = 0; c < identity.length; c++) {
            identity[c] = c < labelCount ? c : LabelIndex.OUT_OF_SCOPE;
        }
        return LabelIndex.build(labelCount, xs, ys, terms, head, identity, LabelIndex.flatten(negatives));
    }

    /** A head over the labels plus one class (the last) for the out-of-scope questions. */
    private static DenseHead trainHead(
            HeadTrainer heads, float[][] x, int[] y, float[][] negatives, int labelCount, long seed) {
        float[][] features = java.util.Arrays.copyOf(x, x.length + negatives.length);
        System.arraycopy(negatives, 0, features, x.length, negatives.length);
        int[] classes = java.util.Arrays.copyOf(y, y.length + negatives.length);
        java.util.Arrays.fill(classes, y.length, classes.length, labelCount);
        return heads.train(features, classes, labelCount + 1, seed);
    }

    private static Fusion fit(List<HeldOut> inScope, List<HeldOut> outOfScope, boolean withHead) {
        if (inScope.size() < MIN_ROWS_TO_FIT) {
            return Fusion.prior();
        }
        double[] full =
                withHead ? FusionFit.fit(rows(inScope, true), Fusion.FULL_PRIOR, FUSION_RIDGE) : Fusion.FULL_PRIOR;
        double[] reduced = FusionFit.fit(rows(inScope, false), Fusion.REDUCED_PRIOR, FUSION_RIDGE);
        Fusion fitted = new Fusion(full, reduced, Fusion.CALIBRATOR_PRIOR, Fusion.CALIBRATOR_PRIOR);
        LogisticCalibrator fullCalibrator = withHead
                ? LogisticCalibrator.fit(
                        samples(fitted, inScope, outOfScope, true), Fusion.CALIBRATOR_PRIOR, CALIBRATOR_RIDGE)
                : Fusion.CALIBRATOR_PRIOR;
        LogisticCalibrator reducedCalibrator = LogisticCalibrator.fit(
                samples(fitted, inScope, outOfScope, false), Fusion.CALIBRATOR_PRIOR, CALIBRATOR_RIDGE);
        return new Fusion(full, reduced, fullCalibrator, reducedCalibrator);
    }

    private static List<FusionFit.Row> rows(List<HeldOut> heldOut, boolean withHead) {
        List<FusionFit.Row> rows = new ArrayList<>();
        for (HeldOut h : heldOut) {
            int[] candidates = candidates(h.signals(), h.truth());
            double[][] features = new double[candidates.length][];
            int truth = -1;
            for (int c = 0; c < candidates.length; c++) {
                features[c] = withHead
                        ? Fusion.fullFeatures(h.signals(), candidates[c])
                        : Fusion.reducedFeatures(h.signals(), candidates[c]);
                if (candidates[c] == h.truth()) {
                    truth = c;
                }
            }
            rows.add(new FusionFit.Row(features, truth, h.weight()));
        }
        return rows;
    }

    /** The labels worth comparing for a fit: the best by each signal, and the truth. */
    private static int[] candidates(LabelSignals s, int truth) {
        int n = s.labels();
        if (n <= FIT_CANDIDATES) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        Set<Integer> chosen = new java.util.LinkedHashSet<>();
        chosen.add(truth);
        addTop(chosen, s.knn(), FIT_CANDIDATES / 2);
        double[] bm25 = new double[n];
        for (int i = 0; i < n; i++) {
            bm25[i] = s.bm25()[i];
        }
        addTop(chosen, bm25, FIT_CANDIDATES / 4);
        if (s.head() != null) {
            addTop(chosen, s.head(), FIT_CANDIDATES / 4);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addTop(Set<Integer> chosen, double[] scores, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        for (int i = 0; i < Math.min(k, order.length); i++) {
            chosen.add(order[i]);
        }
    }

    private static List<LogisticCalibrator.Sample> samples(
            Fusion fusion, List<HeldOut> inScope, List<HeldOut> outOfScope, boolean withHead) {
        List<LogisticCalibrator.Sample> samples = new ArrayList<>();
        for (HeldOut h : inScope) {
            Fusion.Ranked r = fusion.softmax(h.signals(), withHead, h.foreign());
            samples.add(new LogisticCalibrator.Sample(
                    Fusion.calibrationFeatures(h.signals(), r.labels(), r.probabilities(), h.foreign()),
                    r.labels()[0] == h.truth(),
                    h.weight()));
        }
        double outWeight = 0;
        for (HeldOut h : outOfScope) {
            outWeight += h.weight();
        }
        double scale = outWeight > 0 ? Math.min(1, OUT_OF_SCOPE_SHARE * inScope.size() / outWeight) : 0;
        for (HeldOut h : outOfScope) {
            Fusion.Ranked r = fusion.softmax(h.signals(), withHead, h.foreign());
            samples.add(new LogisticCalibrator.Sample(
                    Fusion.calibrationFeatures(h.signals(), r.labels(), r.probabilities(), h.foreign()),
                    false,
                    h.weight() * scale));
        }
        return samples;
    }

    private record HeldOut(LabelSignals signals, int truth, double foreign, double weight) {}

    /** The normalised, de-duplicated examples with label indexes and terms. */
    private record Corpus(List<String> labels, List<String> texts, int[] labelOf, List<List<String>> terms) {

        static Corpus of(List<Example> examples, Toolkit toolkit) {
            Map<String, Integer> labelIndex = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            List<String> texts = new ArrayList<>();
            List<Integer> labelOf = new ArrayList<>();
            List<List<String>> terms = new ArrayList<>();
            for (Example example : examples) {
                if (example == null
                        || example.label() == null
                        || example.label().isBlank()) {
                    continue;
                }
                String text = TextNormalizer.normalize(example.text(), toolkit.language());
                if (!DefaultTenantModel.hasLetterOrDigit(text) || !seen.add(example.label() + "\u0000" + text)) {
                    continue;
                }
                int label = labelIndex.computeIfAbsent(example.label(), l -> labelIndex.size());
                texts.add(text);
                labelOf.add(label);
                terms.add(toolkit.analyzer().terms(text));
            }
            return new Corpus(
                    List.copyOf(labelIndex.keySet()),
                    texts,
                    labelOf.stream().mapToInt(Integer::intValue).toArray(),
                    terms);
        }
    }
}
