package io.shopdesk.engine.internal.encoder;

import java.util.List;
import java.util.Locale;

/**
 * Two encoders side by side: a question's vector is both unit vectors end to end, scaled by √share and √(1 − share),
 * so it has unit length again and a cosine between two such vectors is the share-weighted mean of the two models'
 * cosines. The two models were trained on different data and err on different questions: on BANKING77 10-shot the
 * mean at share 0.8 answers more of them right than bge-small-en alone (ADR 0009).
 */
final class ConcatEncoder implements SentenceEncoder {

    private final SentenceEncoder first;
    private final SentenceEncoder second;
    private final float firstWeight;
    private final float secondWeight;
    private final String id;

    ConcatEncoder(SentenceEncoder first, SentenceEncoder second, double firstShare) {
        this.first = first;
        this.second = second;
        this.firstWeight = (float) Math.sqrt(firstShare);
        this.secondWeight = (float) Math.sqrt(1 - firstShare);
        this.id = String.format(Locale.ROOT, "%s*%.4f+%s", first.id(), firstShare, second.id());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return first.dimension() + second.dimension();
    }

    @Override
    public float[] encode(String normalizedText) {
        return join(first.encode(normalizedText), second.encode(normalizedText));
    }

    @Override
    public float[][] encodeAll(List<String> normalizedTexts, Progress progress) {
        int n = normalizedTexts.size();
        float[][] a = first.encodeAll(normalizedTexts, done -> progress.encoded(done / 2));
        float[][] b = second.encodeAll(normalizedTexts, done -> progress.encoded((n + done) / 2));
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = join(a[i], b[i]);
        }
        return out;
    }

    private float[] join(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * firstWeight;
        }
        for (int i = 0; i < b.length; i++) {
            out[a.length + i] = b[i] * secondWeight;
        }
        return out;
    }
}
