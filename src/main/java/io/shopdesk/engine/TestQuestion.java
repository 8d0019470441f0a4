package io.shopdesk.engine;

/**
 * A question of a tenant's test set and the FAQ entry that should answer it ({@code null}: no entry should, the bot
 * must not answer).
 */
public record TestQuestion(long id, String question, Long faqEntryId, Source source) {

    public boolean outOfScope() {
        return faqEntryId == null;
    }

    /** Where a test question came from. */
    public enum Source {
        /** A review item a trainer resolved (confirmed, entry picked or created, out of scope). */
        REVIEW,
        /** A similar question of an entry, kept out of training so the test shows how the model generalises. */
        HELD_OUT,
        /** Added by a trainer. */
        MANUAL
    }
}
