package io.shopdesk.engine;

import java.time.Instant;

/**
 * A training run of one tenant with its progress (0 to 1) and current stage; the model version it produced when it
 * succeeded (0 otherwise), or why it failed.
 */
public record TrainingJobSummary(
        long id,
        TrainingJobStatus status,
        double progress,
        String stage,
        boolean autoPublish,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        int modelVersion,
        String error) {}
