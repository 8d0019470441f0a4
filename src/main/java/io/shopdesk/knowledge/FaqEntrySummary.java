package io.shopdesk.knowledge;

import java.util.List;

/** A FAQ entry as lists and the engine's training read it. */
public record FaqEntrySummary(
        long id,
        String key,
        String category,
        String question,
        List<String> similarQuestions,
        String answer,
        FaqStatus status) {}
