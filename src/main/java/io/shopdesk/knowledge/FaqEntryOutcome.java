package io.shopdesk.knowledge;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * What happened to a FAQ entry in a conversation, reported by the module that runs conversations: publish a record
 * implementing this interface (inside the transaction that records the turn). The knowledge module listens and
 * keeps each entry's hits, helpful rate and last match ({@link FaqStats}). Outcomes naming an entry of another
 * tenant, or one that no longer exists, are ignored.
 */
public interface FaqEntryOutcome {

    TenantId tenant();

    long faqEntryId();

    Kind kind();

    Instant at();

    /** MATCHED: the bot answered with the entry; HELPFUL / NOT_HELPFUL: the customer's vote on that answer. */
    enum Kind {
        MATCHED,
        HELPFUL,
        NOT_HELPFUL
    }
}
