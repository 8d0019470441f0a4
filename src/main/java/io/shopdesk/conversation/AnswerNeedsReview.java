package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A bot turn a trainer should look at: it offered candidates instead of answering ({@code LOW_CONFIDENCE}), fell back
 * ({@code FALLBACK}), or the customer said its answer did not help ({@code NOT_HELPFUL}). The review queue consumes
 * it; the same turn may be named twice (low confidence, then not helpful after the customer picked a suggestion).
 *
 * @param turn the bot message's sequence number (see {@link BotAnswered#turn()})
 * @param answeredFaqEntryId the entry the bot answered with, {@code null} when it did not answer
 * @param confidence the calibrated confidence of the best candidate, 0 if none
 */
public record AnswerNeedsReview(
        TenantId tenant,
        String conversationId,
        int turn,
        ReviewReason reason,
        String question,
        Long answeredFaqEntryId,
        double confidence,
        List<TurnCandidate> candidates,
        long modelVersion,
        String locale,
        Instant occurredAt) {

    public AnswerNeedsReview {
        candidates = List.copyOf(candidates);
    }
}
