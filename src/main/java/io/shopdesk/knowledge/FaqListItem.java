package io.shopdesk.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of the FAQ grid: what a trainer scans and sorts by, without the answer. */
public record FaqListItem(
        long id,
        String key,
        Long categoryId,
        String question,
        FaqStatus status,
        List<String> tags,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant updatedAt,
        long similarCount,
        FaqStats stats) {

    /** The sort properties {@link FaqManagement#list} understands. */
    public static final List<String> SORTABLE =
            List.of("question", "key", "status", "updatedAt", "validUntil", "hits", "helpfulRate", "lastMatchedAt");

    public FaqListItem {
        tags = List.copyOf(tags);
    }

    public boolean answerableOn(LocalDate day) {
        return FaqValidity.isAnswerable(status, validFrom, validUntil, day);
    }
}
