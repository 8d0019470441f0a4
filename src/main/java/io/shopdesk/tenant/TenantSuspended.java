package io.shopdesk.tenant;

import io.shopdesk.shared.TenantId;

/** A tenant was suspended: its users cannot sign in and its bots stop answering. */
public record TenantSuspended(TenantId tenant) {}
