package io.shopdesk.conversation;

/** A quick reply offered with "did you mean": the entry's standard question, which the customer can pick. */
public record Suggestion(long faqEntryId, String question) {}
