package io.shopdesk.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One bot turn in the review queue. {@code reason} is the {@link io.shopdesk.conversation.ReviewReason} name (or a
 * reason another module reports, such as an agent flag); {@code answeredFaqEntryId} is {@code null} when the bot did
 * not answer; {@code resolution} and {@code resolvedFaqEntryId} are {@code null} while the item is open.
 */
public record ReviewItemView(
        long id,
        String conversationId,
        int turn,
        String reason,
        String question,
        Long answeredFaqEntryId,
        double confidence,
        List<ReviewCandidate> candidates,
        long modelVersion,
        Instant occurredAt,
        ReviewResolution resolution,
        Long resolvedFaqEntryId,
        String resolvedBy) {

    public ReviewItemView {
        candidates = List.copyOf(candidates);
    }

    public boolean open() {
        return resolution == null;
    }

    /** The entry a "confirm" would confirm: the answered entry, else the best candidate. */
    public Optional<Long> entryToConfirm() {
        if (answeredFaqEntryId != null) {
            return Optional.of(answeredFaqEntryId);
        }
        return candidates.stream().findFirst().map(ReviewCandidate::faqEntryId);
    }
}
