package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user as both login modes describe it: the local account or the Keycloak identity, the tenants
 * the user belongs to, and the one the user works in now. A user with several memberships picks one after login;
 * until then no tenant is active and no tenant data is visible.
 */
public interface TenantAwarePrincipal {

    String email();

    String displayName();

    List<TenantMembership> memberships();

    Optional<TenantId> activeTenant();

    default Optional<TenantMembership> activeMembership() {
        return activeTenant()
                .flatMap(tenant -> memberships().stream()
                        .filter(membership -> membership.tenant().equals(tenant))
                        .findFirst());
    }
}
