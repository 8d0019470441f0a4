package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * The customer rated a closed conversation (CSAT, 1 to 5; one rating per conversation, a second one replaces the
 * first). {@code agentHandled} tells reports whether to count it for agents or for the bot.
 */
public record ConversationRated(
        TenantId tenant, String conversationId, int score, boolean agentHandled, Instant ratedAt) {}
