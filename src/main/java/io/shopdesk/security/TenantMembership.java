package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.io.Serializable;
import java.util.Set;

/** A user's membership of one tenant, with the roles granted there (before implied roles are added). */
public record TenantMembership(TenantId tenant, String tenantName, Set<String> roles) implements Serializable {

    public TenantMembership {
        roles = Set.copyOf(roles);
    }
}
