package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.Suggestion;
import io.shopdesk.conversation.TurnCandidate;
import java.util.List;
import java.util.Optional;

/**
 * What the dialogue policy decided to say to one question, with everything the turn stores.
 *
 * @param faqEntryId the entry answered with, {@code null} unless the outcome answers
 * @param review why a trainer should look at this turn, {@code null} when there is no reason
 */
public record BotReply(
        MessageKind kind,
        BotOutcome outcome,
        String text,
        String html,
        List<Suggestion> suggestions,
        Long faqEntryId,
        double confidence,
        List<TurnCandidate> candidates,
        long modelVersion,
        ReviewReason review) {

    public BotReply {
        suggestions = List.copyOf(suggestions);
        candidates = List.copyOf(candidates);
    }

    public Optional<ReviewReason> reviewReason() {
        return Optional.ofNullable(review);
    }

    public BotTurn turn(String question) {
        return new BotTurn(question, outcome, faqEntryId, confidence, candidates, modelVersion);
    }
}
