package io.shopdesk.conversation;

/**
 * What a message is: the customer's or an agent's {@code TEXT}, the bot's {@code GREETING}, {@code ANSWER},
 * {@code SUGGESTIONS} ("did you mean", with quick replies) or {@code FALLBACK} (offers a person), or the notice
 * that a person was asked for ({@code HANDOFF}).
 */
public enum MessageKind {
    TEXT,
    GREETING,
    ANSWER,
    SUGGESTIONS,
    FALLBACK,
    HANDOFF
}
