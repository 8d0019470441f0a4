package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * The customer said whether a bot answer helped. A changed vote is published again with the new value; a repeated
 * identical vote is not.
 *
 * @param turn the bot message's sequence number (see {@link BotAnswered#turn()})
 */
public record AnswerVoted(
        TenantId tenant,
        String conversationId,
        int turn,
        long faqEntryId,
        boolean helpful,
        long modelVersion,
        Instant votedAt) {}
