package io.shopdesk.conversation;

import java.time.Instant;

/**
 * A conversation waiting for an agent, as the queue lists it.
 *
 * @param position its place in its skill group's queue, from 1
 * @param reason the handoff rule that sent it, {@code null} for conversations from before rules were recorded
 * @param lastQuestion the customer's last message, {@code null} when they wrote nothing
 */
public record QueuedConversation(
        String conversationId,
        String skillGroup,
        String reason,
        String locale,
        String channelType,
        Instant requestedAt,
        int position,
        String lastQuestion) {}
