package io.shopdesk.knowledge;

import io.shopdesk.shared.TenantId;

/** A tenant's FAQ changed (entries added, edited or removed): its bot model is out of date. */
public record KnowledgeChanged(TenantId tenant, int entriesChanged) {}
