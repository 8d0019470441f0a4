package io.shopdesk.engine.internal.matching;

import java.nio.file.Path;

/**
 * How the matching library of one JVM is set up.
 *
 * @param modelDirectory where the encoder model files are copied out of the jar (once; reused across starts)
 * @param encoderThreads worker threads per encoder model; each inference is single-threaded, so one per core
 * @param maxBatch the most waiting questions one encoder call takes together
 * @param cacheSize recent questions whose vectors are kept per encoder model (0: no cache)
 * @param trainingThreads threads ND4J may use when training heads
 * @param englishBgeShare the weight of bge-small-en in English vectors, the rest going to all-MiniLM-L6-v2 beside
 *     it (1: bge-small-en alone, MiniLM not loaded). Models trained with one share are not read with another.
 */
public record MatchingSettings(
        Path modelDirectory,
        int encoderThreads,
        int maxBatch,
        int cacheSize,
        int trainingThreads,
        double englishBgeShare) {

    /** Measured on BANKING77 10-shot: 0.8 gives 88.08 % top-1, bge-small-en alone 87.73 % (docs/benchmarks.md). */
    public static final double DEFAULT_ENGLISH_BGE_SHARE = 0.8;

    public MatchingSettings {
        if (encoderThreads < 1 || maxBatch < 1 || cacheSize < 0 || trainingThreads < 1) {
            throw new IllegalArgumentException("Invalid matching settings");
        }
        if (!(englishBgeShare > 0 && englishBgeShare <= 1)) {
            throw new IllegalArgumentException(
                    "The English bge-small-en share must be above 0 and at most 1, not " + englishBgeShare);
        }
    }

    /** The model files under the system's temporary folder, one encoder thread per core, batches of up to 8. */
    public static MatchingSettings defaults() {
        return new MatchingSettings(
                Path.of(System.getProperty("java.io.tmpdir"), "shopdesk-encoders"),
                Runtime.getRuntime().availableProcessors(),
                8,
                10_000,
                1,
                DEFAULT_ENGLISH_BGE_SHARE);
    }

    public MatchingSettings withModelDirectory(Path directory) {
        return new MatchingSettings(directory, encoderThreads, maxBatch, cacheSize, trainingThreads, englishBgeShare);
    }

    public MatchingSettings withEncoderThreads(int threads) {
        return new MatchingSettings(modelDirectory, threads, maxBatch, cacheSize, trainingThreads, englishBgeShare);
    }

    public MatchingSettings withCacheSize(int size) {
        return new MatchingSettings(modelDirectory, encoderThreads, maxBatch, size, trainingThreads, englishBgeShare);
    }

    public MatchingSettings withMaxBatch(int batch) {
        return new MatchingSettings(modelDirectory, encoderThreads, batch, cacheSize, trainingThreads, englishBgeShare);
    }

    public MatchingSettings withTrainingThreads(int threads) {
        return new MatchingSettings(modelDirectory, encoderThreads, maxBatch, cacheSize, threads, englishBgeShare);
    }

    public MatchingSettings withEnglishBgeShare(double share) {
        return new MatchingSettings(modelDirectory, encoderThreads, maxBatch, cacheSize, trainingThreads, share);
    }
}
