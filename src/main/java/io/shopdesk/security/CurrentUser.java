package io.shopdesk.security;

import io.shopdesk.security.internal.TenantSelection;
import io.shopdesk.shared.TenantId;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, and in which tenant they work now. */
@Component
public class CurrentUser {

    private final TenantSelection tenantSelection;

    CurrentUser(TenantSelection tenantSelection) {
        this.tenantSelection = tenantSelection;
    }

    /** The signed-in user in their active tenant; empty when nobody is signed in or no tenant was picked yet. */
    public Optional<SignedInUser> get() {
        return principal()
                .flatMap(principal -> principal
                        .activeMembership()
                        .map(membership -> new SignedInUser(
                                principal.email(),
                                principal.displayName(),
                                membership.tenant(),
                                membership.tenantName(),
                                Roles.withImplied(membership.roles()))));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in to a tenant"));
    }

    public Optional<TenantAwarePrincipal> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantAwarePrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The name the audit log records for whoever acts now: the user's e-mail, or "system" for background work. */
    public String actorName() {
        return principal().map(TenantAwarePrincipal::email).orElse("system");
    }

    /** Makes one of the signed-in user's tenants the active one (after login, or from the user menu). */
    public void selectTenant(TenantId tenant) {
        tenantSelection.select(tenant);
    }

    public Optional<TenantId> tenant() {
        return get().map(SignedInUser::tenant);
    }
}
