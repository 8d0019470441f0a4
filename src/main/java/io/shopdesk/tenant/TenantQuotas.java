package io.shopdesk.tenant;

import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.tenant.internal.PlanCatalog;
import io.shopdesk.tenant.internal.TenantRepository;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enforces the current tenant's plan: modules call it before they add what a quota limits. */
@Service
public class TenantQuotas {

    private final TenantRepository tenants;
    private final PlanCatalog plans;

    TenantQuotas(TenantRepository tenants, PlanCatalog plans) {
        this.tenants = tenants;
        this.plans = plans;
    }

    /** The current tenant's plan. */
    @Transactional(readOnly = true)
    public Plan currentPlan() {
        var tenant = tenants.findById(TenantContext.require().value()).orElseThrow();
        return plans.find(tenant.planCode()).orElseThrow();
    }

    /**
     * Refuses, with a message naming the limit, when usage would exceed the current tenant's plan.
     *
     * @param usageAfter what the usage would be once the change is made
     */
    @Transactional(readOnly = true)
    public void requireWithin(Quota quota, long usageAfter) {
        long limit = currentPlan().limitOf(quota);
        if (usageAfter > limit) {
            throw new BusinessRuleException(
                    "error.quota." + quota.name().toLowerCase(Locale.ROOT).replace('_', '-'), limit);
        }
    }
}
