package io.shopdesk.handoff.internal;

/** Scores how negative or angry a customer's message is, from 0 (not at all) to 1. */
public interface SentimentScorer {

    double negativity(String text);
}
