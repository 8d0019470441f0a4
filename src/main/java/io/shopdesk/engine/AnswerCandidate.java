package io.shopdesk.engine;

/** One FAQ entry that may answer a question, with the engine's calibrated confidence that it does. */
public record AnswerCandidate(long faqEntryId, double confidence) {}
