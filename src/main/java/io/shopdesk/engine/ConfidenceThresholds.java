package io.shopdesk.engine;

/**
 * Where the dialogue policy draws its lines on the engine's calibrated confidence: at or above {@code answer} the
 * bot answers; between {@code suggest} and {@code answer} it offers the top candidates ("did you mean"); below it
 * falls back and offers a person. Tenants may move both; {@link #DEFAULTS} are what the evaluation command reports
 * its answered rate and precision at.
 */
public record ConfidenceThresholds(double answer, double suggest) {

    public static final ConfidenceThresholds DEFAULTS = new ConfidenceThresholds(0.7, 0.4);

    public ConfidenceThresholds {
        if (!(suggest >= 0 && suggest <= answer && answer <= 1)) {
            throw new IllegalArgumentException("Need 0 <= suggest <= answer <= 1: " + suggest + ", " + answer);
        }
    }
}
