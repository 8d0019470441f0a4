package io.shopdesk.conversation;

/** Where a conversation stands. The bot answers in {@code OPEN} and, until a person joins, in the waiting state. */
public enum ConversationState {
    OPEN,
    WAITING_FOR_AGENT,
    CLOSED
}
