package io.shopdesk.knowledge;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * How an entry fares with customers, as conversations report it through {@link FaqEntryOutcome}: how often it was
 * matched, how often customers found it helpful or not, and when it was last matched (null: never).
 */
public record FaqStats(long hits, long helpful, long notHelpful, Instant lastMatchedAt) {

    public static final FaqStats NONE = new FaqStats(0, 0, 0, null);

    /** Helpful votes among all votes; empty before the first vote. */
    public OptionalDouble helpfulRate() {
        long votes = helpful + notHelpful;
        return votes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) helpful / votes);
    }
}
