package io.shopdesk.conversation;

/**
 * Who has a conversation: the bot ({@code OPEN}), nobody yet while it waits for an agent (the bot still answers
 * there), an agent ({@code WITH_AGENT}: the bot stays silent), or nobody any more ({@code CLOSED}).
 */
public enum ConversationState {
    OPEN,
    WAITING_FOR_AGENT,
    WITH_AGENT,
    CLOSED
}
