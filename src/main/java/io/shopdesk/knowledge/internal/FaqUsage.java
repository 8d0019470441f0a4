package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.UsageMetric;
import java.util.Map;
import org.springframework.stereotype.Component;

/** FAQ entries count towards the plan's FAQ quota. */
@Component
class FaqUsage implements UsageMetric {

    private final FaqManagement faq;

    FaqUsage(FaqManagement faq) {
        this.faq = faq;
    }

    @Override
    public Quota quota() {
        return Quota.FAQ_ENTRIES;
    }

    @Override
    public long currentTenantUsage() {
        return faq.countEntries();
    }

    @Override
    public Map<TenantId, Long> usageAcrossTenants() {
        return faq.entryCountsAcrossTenants();
    }
}
