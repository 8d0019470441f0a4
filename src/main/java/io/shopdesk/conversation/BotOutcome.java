package io.shopdesk.conversation;

/**
 * What the dialogue policy did with a question: answered it (confidence at or above the answer threshold),
 * suggested candidates (between the suggest and answer thresholds), fell back (below), or answered the entry the
 * customer chose among earlier suggestions.
 */
public enum BotOutcome {
    ANSWERED,
    SUGGESTED,
    FALLBACK,
    CHOSEN
}
