package io.shopdesk.engine;

import java.util.List;

/**
 * The live model as its training left it (the baseline) and a candidate model on the tenant's test set. A row is
 * right when the model's best entry is the expected one, or, for an out-of-scope question, when the model is not
 * confident enough to answer (below {@link ConfidenceThresholds#DEFAULTS}). The confidence shift is the mean change
 * of the confidence in the right outcome (the confidence given to the expected entry; for an out-of-scope question
 * one minus the top confidence): positive means the candidate is surer of the right answers. {@code liveVersion} is
 * 0 when the tenant has no live model (every baseline answer is then empty). {@code liveUpdates} counts the
 * incremental updates written over the live model since its training (FAQ edits and review picks, live at once),
 * and {@code liveNowCorrect} the test questions the live model with those updates answers right.
 */
public record RegressionReport(
        int liveVersion, int liveUpdates, int liveNowCorrect, int candidateVersion, List<Row> rows) {

    public RegressionReport {
        rows = List.copyOf(rows);
    }

    public int liveCorrect() {
        return (int) rows.stream().filter(Row::liveCorrect).count();
    }

    public int candidateCorrect() {
        return (int) rows.stream().filter(Row::candidateCorrect).count();
    }

    public double liveAccuracy() {
        return rows.isEmpty() ? 0 : (double) liveCorrect() / rows.size();
    }

    public double liveNowAccuracy() {
        return rows.isEmpty() ? 0 : (double) liveNowCorrect / rows.size();
    }

    public double candidateAccuracy() {
        return rows.isEmpty() ? 0 : (double) candidateCorrect() / rows.size();
    }

    public double confidenceShift() {
        return rows.stream()
                .mapToDouble(row -> row.candidateRightConfidence() - row.liveRightConfidence())
                .average()
                .orElse(0);
    }

    /** The questions whose best entry or whose rightness changed. */
    public List<Row> changed() {
        return rows.stream().filter(Row::changed).toList();
    }

    /** One test question with both models' best entry ({@code null}: none) and confidences. */
    public record Row(
            String question,
            Long expectedEntryId,
            Long liveEntryId,
            double liveConfidence,
            double liveRightConfidence,
            boolean liveCorrect,
            Long candidateEntryId,
            double candidateConfidence,
            double candidateRightConfidence,
            boolean candidateCorrect) {

        public boolean changed() {
            return liveCorrect != candidateCorrect || !java.util.Objects.equals(liveEntryId, candidateEntryId);
        }
    }
}
