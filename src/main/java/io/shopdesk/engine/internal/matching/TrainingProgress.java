package io.shopdesk.engine.internal.matching;

/** Receives progress of a training run, for the console's progress bar. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (fraction, stage) -> {};

    /**
     * @param fraction done so far, 0 to 1
     * @param stage a short machine-readable name of the current step, such as {@code encoding} or {@code head}
     */
    void report(double fraction, String stage);
}
