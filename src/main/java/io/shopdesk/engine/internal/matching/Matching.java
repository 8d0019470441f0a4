package io.shopdesk.engine.internal.matching;

import java.io.IOException;
import java.io.InputStream;

/**
 * The entry point of the matching library: one per JVM, since it holds the shared, heavy parts (sentence encoders
 * per language, analyzers). Thread-safe.
 */
public interface Matching {

    /**
     * Trains a model from the examples, calibrating its confidence on examples it holds out. Reports progress as it
     * goes. Fails with {@link TrainingFailedException} (never returns a half-trained model).
     */
    TenantModel train(TrainingData data, TrainingProgress progress) throws TrainingFailedException;

    /**
     * Reads a model written by {@link TenantModel#writeTo}. Fails with {@link IncompatibleModelException} when the
     * model was trained with another encoder than this library's (it must be trained again), with another {@link
     * IOException} when the bytes are not a model.
     */
    TenantModel read(InputStream in) throws IOException;
}
