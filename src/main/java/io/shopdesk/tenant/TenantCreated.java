package io.shopdesk.tenant;

import io.shopdesk.shared.TenantId;

/** A tenant was created; its first admin exists. */
public record TenantCreated(TenantId tenant, String name, String defaultLocale) {}
