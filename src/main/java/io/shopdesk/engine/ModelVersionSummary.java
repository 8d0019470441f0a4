package io.shopdesk.engine;

import java.time.Instant;

/** One trained model version of a tenant, as the model history shows it. */
public record ModelVersionSummary(
        int version,
        ModelStatus status,
        String language,
        int labels,
        int examples,
        long sizeBytes,
        double trainingSeconds,
        Instant createdAt,
        String createdBy,
        Instant publishedAt) {}
