package io.shopdesk.knowledge;

import java.util.List;

/**
 * A FAQ entry to create. {@code key} is an optional stable id within the tenant (packs and imports use it);
 * {@code category} is the name of a top-level category, created when missing (null for none).
 */
public record FaqDraft(
        String key,
        String category,
        String question,
        List<String> similarQuestions,
        String answer,
        List<String> tags,
        FaqStatus status) {

    public FaqDraft {
        similarQuestions = similarQuestions == null ? List.of() : List.copyOf(similarQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? FaqStatus.PUBLISHED : status;
    }
}
