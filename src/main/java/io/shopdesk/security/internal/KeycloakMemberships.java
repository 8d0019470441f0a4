package io.shopdesk.security.internal;

import io.shopdesk.security.TenantDirectory;
import io.shopdesk.security.TenantMembership;
import java.util.List;

/** The memberships a Keycloak identity may use now: those of tenants that exist here and are active. */
final class KeycloakMemberships {

    private KeycloakMemberships() {}

    static List<TenantMembership> active(KeycloakClaims.Identity identity, TenantDirectory tenants) {
        return identity.rolesByTenant().entrySet().stream()
                .flatMap(entry -> tenants.find(entry.getKey()).filter(TenantDirectory.TenantSummary::active).stream()
                        .map(summary -> new TenantMembership(entry.getKey(), summary.name(), entry.getValue())))
                .toList();
    }
}
