package io.shopdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the entry editor saves: a new entry, or the new state of an existing one at {@code version} (a save over a
 * newer version is refused, so two trainers never overwrite each other unseen). {@code answer} is plain text or
 * HTML and is sanitized; {@code answerVariants} maps channel types to their answers.
 */
public record FaqEdit(
        String key,
        Long categoryId,
        String question,
        List<String> similarQuestions,
        String answer,
        Map<String, String> answerVariants,
        List<String> tags,
        FaqStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        long version) {

    public FaqEdit {
        similarQuestions = similarQuestions == null ? List.of() : List.copyOf(similarQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        answerVariants = answerVariants == null ? Map.of() : Map.copyOf(answerVariants);
        status = status == null ? FaqStatus.DRAFT : status;
    }
}
