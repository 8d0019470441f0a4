package io.shopdesk.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles of ShopDesk and the Spring Security expressions that guard services with them. A tenant admin may
 * also do everything a trainer and an agent may do in the same tenant; platform staff act on tenants only
 * through operations named {@code ...AcrossTenants}.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String TRAINER = "TRAINER";
    public static final String AGENT = "AGENT";

    public static final List<String> ALL = List.of(PLATFORM_ADMIN, TENANT_ADMIN, TRAINER, AGENT);

    /** Roles a merchant's user can hold (platform staff are members of the platform tenant only). */
    public static final List<String> TENANT_ROLES = List.of(TENANT_ADMIN, TRAINER, AGENT);

    public static final String HAS_PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";
    public static final String HAS_TENANT_ADMIN = "hasRole('TENANT_ADMIN')";
    public static final String HAS_TRAINER = "hasRole('TRAINER')";
    public static final String HAS_AGENT = "hasRole('AGENT')";
    public static final String HAS_ADMIN_ROLE = "hasAnyRole('PLATFORM_ADMIN', 'TENANT_ADMIN')";
    public static final String HAS_TENANT_ROLE = "hasAnyRole('TENANT_ADMIN', 'TRAINER', 'AGENT')";
    public static final String HAS_ANY_ROLE = "hasAnyRole('PLATFORM_ADMIN', 'TENANT_ADMIN', 'TRAINER', 'AGENT')";

    private Roles() {}

    /** The granted roles followed by the roles they imply. */
    public static Set<String> withImplied(Iterable<String> granted) {
        var roles = new LinkedHashSet<String>();
        for (String role : granted) {
            roles.add(role);
            if (TENANT_ADMIN.equals(role)) {
                roles.add(TRAINER);
                roles.add(AGENT);
            }
        }
        return roles;
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
