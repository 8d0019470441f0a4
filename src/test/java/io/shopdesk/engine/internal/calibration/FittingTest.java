package io.shopdesk.engine.internal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FittingTest {

    @Test
    void logistic_calibration_recovers_the_probability_that_generated_the_outcomes() {
        Random random = new Random(3);
        List<LogisticCalibrator.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(2 * x - 1)));
            samples.add(new LogisticCalibrator.Sample(new double[] {x}, random.nextDouble() < p, 1));
        }
        LogisticCalibrator fitted = LogisticCalibrator.fit(samples, new LogisticCalibrator(new double[] {0}, 0), 1e-3);
        assertThat(fitted.beta()[0]).isCloseTo(2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(fitted.bias()).isCloseTo(-1, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void fusion_weights_favour_the_signal_that_points_at_the_truth() {
        Random random = new Random(5);
        List<FusionFit.Row> rows = new ArrayList<>();
        for (int r = 0; r < 500; r++) {
            double[][] candidates = new double[5][];
            int truth = random.nextInt(5);
            for (int c = 0; c < 5; c++) {
                double informative = (c == truth ? 1 : 0) + 0.5 * random.nextGaussian();
                candidates[c] = new double[] {informative, random.nextGaussian()};
            }
            rows.add(new FusionFit.Row(candidates, truth, 1));
        }
        double[] weights = FusionFit.fit(rows, new double[] {1, 1}, 1e-3);
        assertThat(weights[0]).isGreaterThan(2);
        assertThat(Math.abs(weights[1])).isLessThan(0.5);
    }
}
