package io.shopdesk.review;

/** A FAQ entry the bot considered for a review item's question, with its confidence. */
public record ReviewCandidate(long faqEntryId, double confidence) {}
