package io.shopdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Evaluation.Answer answer(String expected, String top, double confidence) {
        return new Evaluation.Answer(expected, top, confidence, 1_000_000);
    }

    @Test
    void figures_count_out_of_scope_rows_as_right_only_when_not_answered() {
        List<Evaluation.Answer> answers = List.of(
                answer("a", "a", 0.9),
                answer("b", "a", 0.8),
                answer("c", "c", 0.5),
                answer(null, "a", 0.75),
                answer(null, "b", 0.2));
        Evaluation e = Evaluation.of(answers, 0.7);
        assertThat(e.accuracy()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(e.oosRecall()).isEqualTo(0.5);
        assertThat(e.answeredRate()).isEqualTo(0.6);
        assertThat(e.answeredPrecision()).isCloseTo(1 / 3.0, offset(1e-9));
    }

    @Test
    void coverage_at_precision_takes_the_most_confident_rows_while_precision_holds() {
        List<Evaluation.Answer> answers =
                List.of(answer("a", "a", 0.99), answer("a", "a", 0.98), answer("a", "b", 0.6), answer("a", "a", 0.5));
        assertThat(Evaluation.coverageAtPrecision(answers, 0.95)).isEqualTo(0.5);
        assertThat(Evaluation.coverageAtPrecision(answers, 0.75)).isEqualTo(1.0);
    }

    @Test
    void calibration_error_is_zero_for_honest_confidences_and_large_for_overconfident_ones() {
        List<Evaluation.Answer> honest =
                List.of(answer("a", "a", 0.5), answer("a", "b", 0.5), answer("a", "a", 1.0), answer("a", "a", 1.0));
        assertThat(Evaluation.expectedCalibrationError(honest)).isCloseTo(0, offset(1e-9));
        List<Evaluation.Answer> overconfident = List.of(answer("a", "b", 0.95), answer("a", "b", 0.95));
        assertThat(Evaluation.expectedCalibrationError(overconfident)).isCloseTo(0.95, offset(1e-9));
    }

    @Test
    void json_has_the_required_keys_and_null_when_there_are_no_out_of_scope_rows() {
        String json = Evaluation.of(List.of(answer("a", "a", 0.9)), 0.7).toJson(1.5, Map.of("labels", 1));
        assertThat(json)
                .startsWith("{\"accuracy\":1.0,\"oosRecall\":null,")
                .contains(
                        "\"answeredRate\":",
                        "\"answeredPrecision\":",
                        "\"coverageAt95Precision\":",
                        "\"ece\":",
                        "\"trainSeconds\":1.5",
                        "\"latencyP50Ms\":1.0",
                        "\"latencyP99Ms\":1.0",
                        "\"labels\":1")
                .endsWith("}");
    }
}
