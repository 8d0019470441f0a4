package io.shopdesk.security.internal;

import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantMembership;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Spring Security authorities of a principal: the roles of its active membership, with the roles they imply. */
final class Authorities {

    private Authorities() {}

    static List<GrantedAuthority> of(TenantAwarePrincipal principal) {
        Set<String> roles = principal
                .activeMembership()
                .map(TenantMembership::roles)
                .map(Roles::withImplied)
                .orElse(Set.of());
        return roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
