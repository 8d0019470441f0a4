package io.shopdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A FAQ entry to create. {@code key} is an optional stable id within the tenant (packs and imports use it);
 * {@code category} is a category path with levels separated by {@code " > "} ("Shipping > International"), whose
 * missing levels are created (null for none). {@code answer} is plain text or HTML; it is sanitized before it is
 * stored. {@code answerVariants} maps a channel type ({@link ChannelTypes}) to the answer used there instead. The
 * entry is answerable from {@code validFrom} to {@code validUntil} inclusive (null: no limit).
 */
public record FaqDraft(
        String key,
        String category,
        String question,
        List<String> similarQuestions,
        String answer,
        List<String> tags,
        FaqStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        Map<String, String> answerVariants) {

    public FaqDraft {
        similarQuestions = similarQuestions == null ? List.of() : List.copyOf(similarQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? FaqStatus.PUBLISHED : status;
        answerVariants = answerVariants == null ? Map.of() : Map.copyOf(answerVariants);
    }

    /** A draft without validity dates and channel variants (tenant packs). */
    public FaqDraft(
            String key,
            String category,
            String question,
            List<String> similarQuestions,
            String answer,
            List<String> tags,
            FaqStatus status) {
        this(key, category, question, similarQuestions, answer, tags, status, null, null, Map.of());
    }
}
