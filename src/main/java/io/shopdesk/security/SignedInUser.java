package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.util.Set;

/** The signed-in user working in one tenant, as views and services see them. */
public record SignedInUser(String email, String displayName, TenantId tenant, String tenantName, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformStaff() {
        return tenant.isPlatform() && roles.contains(Roles.PLATFORM_ADMIN);
    }
}
