package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqStats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** Read side of an entry's usage statistics; {@link FaqOutcomeListener} writes them. */
@Entity
@Immutable
@Table(name = "faq_entry_stats")
public class FaqEntryStats {

    @Id
    @Column(name = "faq_entry_id")
    private Long entryId;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private long hits;

    private long helpful;

    @Column(name = "not_helpful")
    private long notHelpful;

    @Column(name = "last_matched_at")
    private Instant lastMatchedAt;

    protected FaqEntryStats() {}

    public FaqStats toStats() {
        return new FaqStats(hits, helpful, notHelpful, lastMatchedAt);
    }
}
