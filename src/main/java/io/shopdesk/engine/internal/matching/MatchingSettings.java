package io.shopdesk.engine.internal.matching;

import java.nio.file.Path;

/**
 * How the matching library of one JVM is set up.
 *
 * @param modelDirectory where the encoder model files are copied out of the jar (once; reused across starts)
 * @param encoderThreads worker threads per language encoder; each inference is single-threaded, so one per core
 * @param maxBatch the most waiting questions one encoder call takes together
 * @param cacheSize recent questions whose vectors are kept per language (0: no cache)
 * @param trainingThreads threads ND4J may use when training heads
 */
public record MatchingSettings(
        Path modelDirectory, int encoderThreads, int maxBatch, int cacheSize, int trainingThreads) {

    public MatchingSettings {
        if (encoderThreads < 1 || maxBatch < 1 || cacheSize < 0 || trainingThreads < 1) {
            throw new IllegalArgumentException("Invalid matching settings");
        }
    }

    /** The model files under the system's temporary folder, one encoder thread per core, batches of up to 8. */
    public static MatchingSettings defaults() {
        return new MatchingSettings(
                Path.of(System.getProperty("java.io.tmpdir"), "shopdesk-encoders"),
                Runtime.getRuntime().availableProcessors(),
                8,
                10_000,
                1);
    }

    public MatchingSettings withModelDirectory(Path directory) {
        return new MatchingSettings(directory, encoderThreads, maxBatch, cacheSize, trainingThreads);
    }

    public MatchingSettings withEncoderThreads(int threads) {
        return new MatchingSettings(modelDirectory, threads, maxBatch, cacheSize, trainingThreads);
    }

    public MatchingSettings withCacheSize(int size) {
        return new MatchingSettings(modelDirectory, encoderThreads, maxBatch, size, trainingThreads);
    }

    public MatchingSettings withMaxBatch(int batch) {
        return new MatchingSettings(modelDirectory, encoderThreads, batch, cacheSize, trainingThreads);
    }

    public MatchingSettings withTrainingThreads(int threads) {
        return new MatchingSettings(modelDirectory, encoderThreads, maxBatch, cacheSize, threads);
    }
}
