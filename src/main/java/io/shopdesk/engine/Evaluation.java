package io.shopdesk.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of an evaluation run. A row is answered when its top confidence reaches the answer threshold; an
 * out-of-scope row (no expected label) is right only when it is not answered. Calibration error is over every row:
 * the top confidence against whether the top label is right (never, for out-of-scope rows).
 */
record Evaluation(
        double accuracy,
        Double oosRecall,
        double answeredRate,
        double answeredPrecision,
        double coverageAt95Precision,
        double ece,
        double latencyP50Ms,
        double latencyP99Ms) {

    private static final int CALIBRATION_BINS = 15;

    /** One test row: the expected label (null when out of scope), the top label, its confidence, the time taken. */
    record Answer(String expected, String top, double confidence, long nanos) {
        boolean correct() {
            return expected != null && expected.equals(top);
        }
    }

    static Evaluation of(List<Answer> answers, double answerThreshold) {
        int inScope = 0;
        int inScopeCorrect = 0;
        int oos = 0;
        int oosRejected = 0;
        int answered = 0;
        int answeredCorrect = 0;
        for (Answer a : answers) {
            boolean isAnswered = a.top() != null && a.confidence() >= answerThreshold;
            if (a.expected() != null) {
                inScope++;
                if (a.correct()) {
                    inScopeCorrect++;
                }
            } else {
                oos++;
                if (!isAnswered) {
                    oosRejected++;
                }
            }
            if (isAnswered) {
                answered++;
                if (a.correct()) {
                    answeredCorrect++;
                }
            }
        }
        int n = answers.size();
        double[] latencies =
                answers.stream().mapToDouble(a -> a.nanos() / 1e6).sorted().toArray();
        return new Evaluation(
                inScope == 0 ? 0 : (double) inScopeCorrect / inScope,
                oos == 0 ? null : (double) oosRejected / oos,
                n == 0 ? 0 : (double) answered / n,
                answered == 0 ? 0 : (double) answeredCorrect / answered,
                coverageAtPrecision(answers, 0.95),
                expectedCalibrationError(answers),
                percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    /** The largest share of rows that can be answered, most confident first, keeping precision at least p. */
    static double coverageAtPrecision(List<Answer> answers, double precision) {
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.removeIf(a -> a.top() == null);
        sorted.sort(Comparator.comparingDouble(Answer::confidence).reversed());
        int best = 0;
        int correct = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).correct()) {
                correct++;
            }
            boolean tieFollows = i + 1 < sorted.size()
                    && sorted.get(i + 1).confidence() == sorted.get(i).confidence();
            if (!tieFollows && correct >= precision * (i + 1)) {
                best = i + 1;
            }
        }
        return answers.isEmpty() ? 0 : (double) best / answers.size();
    }

    static double expectedCalibrationError(List<Answer> answers) {
        double[] confidence = new double[CALIBRATION_BINS];
        double[] correct = new double[CALIBRATION_BINS];
        int[] count = new int[CALIBRATION_BINS];
        for (Answer a : answers) {
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (a.confidence() * CALIBRATION_BINS));
            confidence[bin] += a.confidence();
            correct[bin] += a.correct() ? 1 : 0;
            count[bin]++;
        }
        double error = 0;
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) {
                error += Math.abs(confidence[b] - correct[b]) / answers.size();
            }
        }
        return error;
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    String toJson(double trainSeconds, Map<String, Object> extra) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("accuracy", round(accuracy));
        fields.put("oosRecall", oosRecall == null ? null : round(oosRecall));
        fields.put("answeredRate", round(answeredRate));
        fields.put("answeredPrecision", round(answeredPrecision));
        fields.put("coverageAt95Precision", round(coverageAt95Precision));
        fields.put("ece", round(ece));
        fields.put("trainSeconds", round(trainSeconds));
        fields.put("latencyP50Ms", round(latencyP50Ms));
        fields.put("latencyP99Ms", round(latencyP99Ms));
        new TreeMap<>(extra).forEach(fields::put);
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":");
            if (value == null) {
                json.append("null");
            } else if (value instanceof Double d) {
                json.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%s", round(d)) : "null");
            } else if (value instanceof Number) {
                json.append(value);
            } else {
                json.append('"')
                        .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        });
        return json.append('}').toString();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
