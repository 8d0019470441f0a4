package io.shopdesk.review;

/** What a trainer decided about a review item; an open item has none. */
public enum ReviewResolution {
    /** The bot's answer (or its best candidate) was right. */
    CONFIRMED,
    /** Another existing entry answers it; the question became one of its similar questions. */
    ENTRY_PICKED,
    /** A new entry was created from the question. */
    ENTRY_CREATED,
    /** No entry should answer it: kept as a negative example for training. */
    OUT_OF_SCOPE,
    /** Customers asking this should reach a person. */
    HANDOFF_TOPIC
}
