package io.shopdesk.conversation;

/**
 * One bot turn as a handoff policy sees it: what the bot did, how sure it was and which FAQ entry it answered with
 * or would have (the best candidate), {@code null} when there was none.
 */
public record TurnFact(BotOutcome outcome, double confidence, Long faqEntryId) {}
