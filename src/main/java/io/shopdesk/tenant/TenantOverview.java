package io.shopdesk.tenant;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/** A tenant as the tenant list and dashboards show it. */
public record TenantOverview(
        TenantId id,
        String name,
        Plan plan,
        TenantStatus status,
        String defaultLocale,
        Instant createdAt,
        TenantUsage usage) {}
