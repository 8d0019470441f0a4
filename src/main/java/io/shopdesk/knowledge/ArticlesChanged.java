package io.shopdesk.knowledge;

import io.shopdesk.shared.TenantId;
import java.util.Set;

/**
 * Some of a tenant's knowledge articles were added, published, unpublished or removed: whoever indexes passages
 * reads their current state with {@link KnowledgeArticles#passagesOf} (removed and unpublished ones are absent).
 */
public record ArticlesChanged(TenantId tenant, Set<Long> articleIds) {

    public ArticlesChanged {
        articleIds = Set.copyOf(articleIds);
    }
}
