package io.shopdesk.knowledge;

import io.shopdesk.shared.TenantId;
import java.util.Set;

/**
 * Some of a tenant's FAQ entries were added, edited, published, unpublished or removed: the engine brings the live
 * model up to date with them (reading their current state through {@link FaqManagement}) without a full retrain.
 *
 * @param entryIds the entries whose questions, answer or status changed (removed ones included)
 */
public record KnowledgeChanged(TenantId tenant, Set<Long> entryIds) {

    public KnowledgeChanged {
        entryIds = Set.copyOf(entryIds);
    }
}
