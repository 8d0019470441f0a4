package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.analysis.ScriptProfile;
import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.head.DenseHead;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.Prediction;
import io.shopdesk.engine.internal.matching.TenantModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tenant model: examples with their vectors, the indexes over them, the head, the fitted fusion. Immutable. */
final class DefaultTenantModel implements TenantModel {

    /** Up to this many new examples are encoded ahead of bulk work, as if they were questions being answered. */
    private static final int URGENT_EXAMPLES = 32;

    private final Toolkit toolkit;
    private final List<String> labels;
    private final List<String> texts;
    private final int[] labelOf;
    private final List<String> headLabels;
    private final Fusion fusion;
    private final LabelIndex index;
    private final Set<String> labelSet;

    private DefaultTenantModel(
            Toolkit toolkit,
            List<String> labels,
            List<String> texts,
            int[] labelOf,
            float[][] embeddings,
            DenseHead head,
            List<String> headLabels,
            Fusion fusion,
            float[] negatives) {
        this.toolkit = toolkit;
        this.labels = List.copyOf(labels);
        this.texts = List.copyOf(texts);
        this.labelOf = labelOf;
        this.headLabels = headLabels == null ? List.of() : List.copyOf(headLabels);
        this.fusion = fusion;
        this.labelSet = Collections.unmodifiableSet(new LinkedHashSet<>(this.labels));
        List<List<String>> terms = new ArrayList<>(texts.size());
        for (String text : texts) {
            terms.add(toolkit.analyzer().terms(text));
        }
        this.index = LabelIndex.build(
                this.labels.size(),
                embeddings,
                labelOf,
                terms,
                head,
                headToLabel(this.headLabels, this.labels),
                negatives);
    }

    static DefaultTenantModel assemble(
            Toolkit toolkit,
            List<String> labels,
            List<String> normalizedTexts,
            int[] labelOf,
            float[][] embeddings,
            DenseHead head,
            List<String> headLabels,
            Fusion fusion,
            float[] negatives) {
        return new DefaultTenantModel(
                toolkit, labels, normalizedTexts, labelOf, embeddings, head, headLabels, fusion, negatives);
    }

    private static int[] headToLabel(List<String> headLabels, List<String> labels) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            position.put(labels.get(i), i);
        }
        int[] map = new int[headLabels.size()];
        for (int c = 0; c < map.length; c++) {
            map[c] = ModelTrainer.OUT_OF_SCOPE_CLASS.equals(headLabels.get(c))
                    ? LabelIndex.OUT_OF_SCOPE
                    : position.getOrDefault(headLabels.get(c), LabelIndex.REMOVED);
        }
        return map;
    }

    @Override
    public MatchLanguage language() {
        return toolkit.language();
    }

    @Override
    public Set<String> labels() {
        return labelSet;
    }

    @Override
    public Prediction predict(String question) {
        String normalized = TextNormalizer.normalize(question, toolkit.language());
        if (labels.isEmpty() || !hasLetterOrDigit(normalized)) {
            return new Prediction(List.of());
        }
        double foreign = ScriptProfile.of(normalized).foreignShare(toolkit.language());
        float[] vector = toolkit.encoder().encode(normalized);
        LabelSignals signals = index.signals(vector, toolkit.analyzer().terms(normalized));
        Fusion.Ranked ranked = fusion.rank(signals, foreign);
        List<Prediction.Candidate> candidates = new ArrayList<>();
        double top = ranked.probabilities()[0];
        for (int r = 0; r < ranked.labels().length; r++) {
            double confidence = r == 0
                    ? ranked.confidence()
                    : ranked.confidence() * (top > 0 ? ranked.probabilities()[r] / top : 0);
            candidates.add(new Prediction.Candidate(labels.get(ranked.labels()[r]), Math.clamp(confidence, 0, 1)));
        }
        return new Prediction(candidates);
    }

    static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    @Override
    public TenantModel withExamples(List<Example> examples) {
        List<String> newLabels = new ArrayList<>(labels);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < newLabels.size(); i++) {
            position.put(newLabels.get(i), i);
        }
        Set<String> known = new java.util.HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            known.add(labelOf[i] + "\u0000" + texts.get(i));
        }
        List<String> addedTexts = new ArrayList<>();
        List<Integer> addedLabels = new ArrayList<>();
        for (Example example : examples) {
            String text = TextNormalizer.normalize(example.text(), toolkit.language());
            if (example.label() == null || !hasLetterOrDigit(text)) {
                continue;
            }
            Integer label = position.get(example.label());
            if (label == null) {
                label = newLabels.size();
                newLabels.add(example.label());
                position.put(example.label(), label);
            }
            if (known.add(label + "\u0000" + text)) {
                addedTexts.add(text);
                addedLabels.add(label);
            }
        }
        if (addedTexts.isEmpty() && newLabels.size() == labels.size()) {
            return this;
        }
        float[][] added = encode(addedTexts);
        List<String> allTexts = new ArrayList<>(texts);
        allTexts.addAll(addedTexts);
        int[] allLabels = new int[labelOf.length + addedLabels.size()];
        System.arraycopy(labelOf, 0, allLabels, 0, labelOf.length);
        float[][] allEmbeddings = new float[allLabels.length][];
        for (int i = 0; i < labelOf.length; i++) {
            allEmbeddings[i] = index.vector(i);
        }
        for (int i = 0; i < addedLabels.size(); i++) {
            allLabels[labelOf.length + i] = addedLabels.get(i);
            allEmbeddings[labelOf.length + i] = added[i];
        }
        return new DefaultTenantModel(
                toolkit,
                newLabels,
                allTexts,
                allLabels,
                allEmbeddings,
                index.head(),
                headLabels,
                fusion,
                index.flatNegatives());
    }

    private float[][] encode(List<String> normalizedTexts) {
        if (normalizedTexts.size() <= URGENT_EXAMPLES) {
            float[][] out = new float[normalizedTexts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = toolkit.encoder().encode(normalizedTexts.get(i));
            }
            return out;
        }
        return toolkit.encoder().encodeAll(normalizedTexts, done -> {});
    }

    @Override
    public TenantModel withoutLabels(Set<String> removed) {
        if (removed.stream().noneMatch(labelSet::contains)) {
            return this;
        }
        List<String> kept = labels.stream().filter(l -> !removed.contains(l)).toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            position.put(kept.get(i), i);
        }
        List<String> keptTexts = new ArrayList<>();
        List<float[]> keptEmbeddings = new ArrayList<>();
        List<Integer> keptLabels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Integer label = position.get(labels.get(labelOf[i]));
            if (label != null) {
                keptTexts.add(texts.get(i));
                keptEmbeddings.add(index.vector(i));
                keptLabels.add(label);
            }
        }
        return new DefaultTenantModel(
                toolkit,
                kept,
                keptTexts,
                keptLabels.stream().mapToInt(Integer::intValue).toArray(),
                keptEmbeddings.toArray(float[][]::new),
                index.head(),
                headLabels,
                fusion,
                index.flatNegatives());
    }

    @Override
    public long memoryBytes() {
        long strings = 0;
        for (String text : texts) {
            strings += 56 + 2L * text.length();
        }
        for (String label : labels) {
            strings += 2 * (56 + 2L * label.length());
        }
        return index.memoryBytes() + strings + 4L * labelOf.length + 512;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        ModelCodec.write(this, out);
    }

    String encoderId() {
        return toolkit.encoder().id();
    }

    Toolkit toolkit() {
        return toolkit;
    }

    List<String> labelList() {
        return labels;
    }

    List<String> texts() {
        return texts;
    }

    int[] labelOf() {
        return labelOf;
    }

    LabelIndex index() {
        return index;
    }

    DenseHead head() {
        return index.head();
    }

    List<String> headLabels() {
        return headLabels;
    }

    Fusion fusion() {
        return fusion;
    }
}
