package io.shopdesk.security.web;

import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.TenantMembership;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is, in which tenant, with which roles; and which tenants they may name. */
@RestController
class MeApi {

    private final CurrentUser currentUser;

    MeApi(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String email, String displayName, String tenant, Set<String> roles, List<String> memberships) {}

    @GetMapping("/api/v1/me")
    Me me() {
        var principal = currentUser.principal().orElseThrow();
        var user = currentUser.get();
        return new Me(
                principal.email(),
                principal.displayName(),
                user.map(u -> u.tenant().value()).orElse(null),
                user.map(u -> u.roles()).orElse(Set.of()),
                principal.memberships().stream()
                        .map(TenantMembership::tenant)
                        .map(Object::toString)
                        .toList());
    }
}
