package io.shopdesk.engine.internal.matching;

/** Training could not produce a usable model (too little data, a numeric failure); the live model stays. */
public class TrainingFailedException extends Exception {

    public TrainingFailedException(String message) {
        super(message);
    }

    public TrainingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
