package io.shopdesk.tenant;

import io.shopdesk.shared.TenantId;
import java.util.Map;

/**
 * A module's contribution to tenant usage: the knowledge module counts FAQ entries, the channel module channels,
 * the conversation module this month's conversations. Implementations are beans of those modules.
 */
public interface UsageMetric {

    Quota quota();

    /** Usage of the current tenant ({@code TenantContext}). */
    long currentTenantUsage();

    /** Usage of every tenant; called with all tenants visible, outside any transaction. */
    Map<TenantId, Long> usageAcrossTenants();
}
