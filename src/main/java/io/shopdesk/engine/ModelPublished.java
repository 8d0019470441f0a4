package io.shopdesk.engine;

import io.shopdesk.shared.TenantId;

/** A model version became a tenant's live model (first training, publish, or rollback). */
public record ModelPublished(TenantId tenant, int version, boolean rollback) {}
