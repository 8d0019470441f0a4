package io.shopdesk.conversation;

/** A FAQ entry the engine considered for a question, with its calibrated confidence. */
public record TurnCandidate(long faqEntryId, double confidence) {}
