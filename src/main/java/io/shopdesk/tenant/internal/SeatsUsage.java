package io.shopdesk.tenant.internal;

import io.shopdesk.security.AccountManagement;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.UsageMetric;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Seats in use: the tenant's members. */
@Component
class SeatsUsage implements UsageMetric {

    private final AccountManagement accounts;

    SeatsUsage(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public Quota quota() {
        return Quota.SEATS;
    }

    @Override
    public long currentTenantUsage() {
        return accounts.countMembers();
    }

    @Override
    public Map<TenantId, Long> usageAcrossTenants() {
        return accounts.memberCountsAcrossTenants();
    }
}
