package io.shopdesk.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A FAQ entry as lists and the engine's training read it. {@code answer} is sanitized HTML (see {@link FaqAnswers}
 * for the answer per channel and a plain-text rendering). Train only on entries that are {@link #answerableOn}
 * today: published and within their validity dates.
 */
public record FaqEntrySummary(
        long id,
        String key,
        String category,
        String question,
        List<String> similarQuestions,
        String answer,
        FaqStatus status,
        List<String> tags,
        LocalDate validFrom,
        LocalDate validUntil) {

    public FaqEntrySummary {
        similarQuestions = List.copyOf(similarQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public FaqEntrySummary(
            long id,
            String key,
            String category,
            String question,
            List<String> similarQuestions,
            String answer,
            FaqStatus status) {
        this(id, key, category, question, similarQuestions, answer, status, List.of(), null, null);
    }

    /** Whether the bot may answer with this entry on the given day. */
    public boolean answerableOn(LocalDate day) {
        return FaqValidity.isAnswerable(status, validFrom, validUntil, day);
    }
}
