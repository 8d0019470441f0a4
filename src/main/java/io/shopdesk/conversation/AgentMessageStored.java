package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * The agent side stored a message for the customer after the customer's request was answered: an agent's live
 * message, a ticket answer, or the runtime's notice that an agent joined, transferred or closed the conversation.
 * Such messages reach the web widget through the conversation's stream; channels that cannot read the stream
 * (webhook, Telegram) deliver them from this event. Published in the transaction that stores the message.
 *
 * @param conversationId the conversation's public id
 * @param seq the message's sequence number in the conversation (with the conversation id, unique)
 * @param author {@link MessageAuthor#AGENT} for an agent's words, {@link MessageAuthor#SYSTEM} for a notice
 */
public record AgentMessageStored(
        TenantId tenant,
        String conversationId,
        long channelId,
        String channelType,
        int seq,
        MessageAuthor author,
        String text,
        Instant sentAt) {}
