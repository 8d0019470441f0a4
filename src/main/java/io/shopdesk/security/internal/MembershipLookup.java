package io.shopdesk.security.internal;

import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.security.TenantMembership;
import io.shopdesk.shared.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;

/** A user's memberships across all tenants, as sign-in needs them: only tenants that may be used. */
@Component
class MembershipLookup {

    private final MembershipRepository memberships;
    private final TenantDirectory tenants;

    MembershipLookup(MembershipRepository memberships, TenantDirectory tenants) {
        this.memberships = memberships;
        this.tenants = tenants;
    }

    /** Memberships of active tenants, in the order they were granted. */
    List<TenantMembership> activeMembershipsAcrossTenants(Long userId) {
        var all = TenantContext.callAcrossTenants(() -> memberships.findByUserId(userId));
        return all.stream()
                .flatMap(membership -> {
                    var tenant = new TenantId(membership.tenantId());
                    return tenants.find(tenant).filter(TenantDirectory.TenantSummary::active).stream()
                            .map(summary -> new TenantMembership(tenant, summary.name(), membership.roles()));
                })
                .toList();
    }
}
