package io.shopdesk.engine.internal.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joined vectors: unit length, cosines the share-weighted mean of both models', an id naming both and the share. */
class ConcatEncoderTest {

    /** Fixed unit vectors per text, standing in for a model: the arithmetic of joining is what is tested. */
    private record FixedVectors(String id, Map<String, float[]> vectors) implements SentenceEncoder {

        @Override
        public int dimension() {
            return vectors.values().iterator().next().length;
        }

        @Override
        public float[] encode(String normalizedText) {
            return vectors.get(normalizedText);
        }

        @Override
        public float[][] encodeAll(List<String> normalizedTexts, Progress progress) {
            float[][] out = new float[normalizedTexts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = encode(normalizedTexts.get(i));
                progress.encoded(i + 1);
            }
            return out;
        }
    }

    private final SentenceEncoder first =
            new FixedVectors("a", Map.of("x", new float[] {1, 0}, "y", new float[] {0.6f, 0.8f}));
    private final SentenceEncoder second =
            new FixedVectors("b", Map.of("x", new float[] {0, 0, 1}, "y", new float[] {0, 1, 0}));

    @Test
    void the_joined_vector_has_unit_length_and_its_cosine_is_the_weighted_mean_of_both_models_cosines() {
        var joined = new ConcatEncoder(first, second, 0.8);
        float[] x = joined.encode("x");
        float[] y = joined.encode("y");
        assertThat(joined.dimension()).isEqualTo(5);
        assertThat(dot(x, x)).isCloseTo(1, within(1e-6));
        assertThat(dot(y, y)).isCloseTo(1, within(1e-6));
        assertThat(dot(x, y)).as("0.8 × 0.6 + 0.2 × 0").isCloseTo(0.48, within(1e-6));
    }

    @Test
    void bulk_encoding_gives_the_same_vectors_and_reports_progress_up_to_all_texts() {
        var joined = new ConcatEncoder(first, second, 0.8);
        int[] last = {0};
        float[][] all = joined.encodeAll(List.of("x", "y", "x"), done -> last[0] = done);
        assertThat(all[0]).containsExactly(joined.encode("x"));
        assertThat(all[1]).containsExactly(joined.encode("y"));
        assertThat(all[2]).containsExactly(joined.encode("x"));
        assertThat(last[0]).isEqualTo(3);
    }

    @Test
    void the_id_names_both_models_and_the_share_so_models_of_another_share_are_told_apart() {
        assertThat(new ConcatEncoder(first, second, 0.8).id()).isEqualTo("a*0.8000+b");
        assertThat(new ConcatEncoder(first, second, 0.7).id()).isNotEqualTo(new ConcatEncoder(first, second, 0.8).id());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
