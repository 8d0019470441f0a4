package io.shopdesk.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One entry with everything the editor shows; {@code answer} and the variants are sanitized HTML. */
public record FaqEntryDetails(
        long id,
        long version,
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
        Instant createdAt,
        Instant updatedAt,
        FaqStats stats) {

    public FaqEntryDetails {
        similarQuestions = List.copyOf(similarQuestions);
        answerVariants = Map.copyOf(answerVariants);
        tags = List.copyOf(tags);
    }

    /** The entry as an edit of its current version. */
    public FaqEdit toEdit() {
        return new FaqEdit(
                key,
                categoryId,
                question,
                similarQuestions,
                answer,
                answerVariants,
                tags,
                status,
                validFrom,
                validUntil,
                version);
    }
}
