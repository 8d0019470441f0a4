package io.shopdesk.conversation;

/**
 * An answer from the knowledge base that an agent may send for the customer's last question: an FAQ entry the
 * engine proposes, with its standard question, its plain-text answer for the conversation's channel and the
 * engine's confidence.
 */
public record SuggestedAnswer(long faqEntryId, String question, String answer, double confidence) {}
