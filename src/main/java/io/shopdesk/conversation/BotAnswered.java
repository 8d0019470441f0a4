package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * The bot replied to a customer's question, whatever the outcome (answer, "did you mean", fallback, or the answer
 * to a suggestion the customer picked). One per bot turn; reporting counts answered rates from it.
 *
 * @param turn the sequence number of the bot's message in the conversation; with the tenant and conversation id it
 *     names the turn in {@link AnswerNeedsReview} and {@link AnswerVoted} too
 * @param question the customer's question as stored (whitespace normalised)
 * @param faqEntryId the entry answered with ({@code ANSWERED}, {@code CHOSEN}), otherwise {@code null}
 * @param confidence the calibrated confidence of the best candidate (of the chosen one for {@code CHOSEN}), 0 if none
 * @param candidates the engine's candidates, best first (at most three)
 * @param modelVersion the version of the tenant's model that answered (0 when it had none)
 */
public record BotAnswered(
        TenantId tenant,
        String conversationId,
        int turn,
        long channelId,
        String question,
        BotOutcome outcome,
        Long faqEntryId,
        double confidence,
        List<TurnCandidate> candidates,
        long modelVersion,
        String locale,
        Instant answeredAt) {

    public BotAnswered {
        candidates = List.copyOf(candidates);
    }
}
