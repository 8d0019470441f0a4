package io.shopdesk.conversation;

/**
 * How a conversation ended, as reports count it. A conversation that was reopened and closed again ends with the
 * outcome of its last close and is flagged as reopened in {@link ConversationClosed}.
 */
public enum ConversationOutcome {
    /** The bot answered and the customer needed nobody else (no handoff, last answer not voted unhelpful). */
    RESOLVED_BY_BOT,
    /** An agent took the conversation over and closed it. */
    RESOLVED_BY_AGENT,
    /** The bot handed the conversation off, but no agent resolved it live (it became a ticket, or the customer left
     * while waiting). */
    HANDED_OFF,
    /** The customer left without an answer: the bot's last turn was a fallback or unhelpful, and nobody took over. */
    ABANDONED
}
