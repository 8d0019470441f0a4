package io.shopdesk.tenant;

import io.shopdesk.shared.TenantId;

/** A suspended tenant was reactivated. */
public record TenantReactivated(TenantId tenant) {}
