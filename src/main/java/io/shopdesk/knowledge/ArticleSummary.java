package io.shopdesk.knowledge;

import java.time.Instant;

/** A knowledge article as the articles list shows it; only published articles are quoted by the bot. */
public record ArticleSummary(
        long id,
        String title,
        String sourceName,
        String mediaType,
        long passageCount,
        int charCount,
        boolean published,
        Instant updatedAt) {}
