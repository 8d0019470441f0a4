package io.shopdesk.handoff.internal;

import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantCache;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tenant's handoff rules as the runtime reads them on every turn (the default policy for tenants without rules),
 * cached until the tenant's policy is saved on this replica or, for a policy saved on another one, for at most
 * {@code shopdesk.settings.cache-ttl}.
 */
@Component
public class PolicyCache {

    private final HandoffRuleRepository rules;
    private final TransactionTemplate readOnly;
    private final TenantCache<List<HandoffRule>> cache;

    PolicyCache(
            HandoffRuleRepository rules,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${shopdesk.settings.cache-ttl:30s}") Duration ttl) {
        this.rules = rules;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = new TenantCache<>(ttl, this::load);
    }

    public List<HandoffRule> rulesFor(TenantId tenant) {
        return cache.get(tenant);
    }

    public void forget(TenantId tenant) {
        cache.forget(tenant);
    }

    private List<HandoffRule> load(TenantId tenant) {
        var stored = TenantContext.callAs(
                tenant,
                () -> readOnly.execute(status -> rules.findAllByOrderByPositionAsc().stream()
                        .map(HandoffRuleRow::rule)
                        .toList()));
        return stored.isEmpty() ? DefaultHandoffPolicy.RULES : stored;
    }
}
