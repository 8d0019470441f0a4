package io.shopdesk.handoff.internal;

import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tenant's handoff rules as the runtime reads them on every turn, cached until the tenant's policy is saved on
 * this node (the default policy for tenants without rules).
 */
@Component
public class PolicyCache {

    private final HandoffRuleRepository rules;
    private final TransactionTemplate readOnly;
    private final ConcurrentHashMap<TenantId, List<HandoffRule>> cache = new ConcurrentHashMap<>();

    PolicyCache(HandoffRuleRepository rules, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.rules = rules;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public List<HandoffRule> rulesFor(TenantId tenant) {
        return cache.computeIfAbsent(tenant, this::load);
    }

    public void forget(TenantId tenant) {
        cache.remove(tenant);
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
