package io.shopdesk.engine;

/** A training job waits (QUEUED), runs, and ends SUCCEEDED (a model was stored) or FAILED (the live model stays). */
public enum TrainingJobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isOpen() {
        return this == QUEUED || this == RUNNING;
    }
}
