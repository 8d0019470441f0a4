package io.shopdesk.security.internal;

import io.shopdesk.security.Roles;
import io.shopdesk.shared.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who a Keycloak token describes: the e-mail address, a display name, and the roles per tenant. The tenants
 * are the aliases in the {@code organization} claim (a list, or a map when the mapper adds ids or attributes).
 * The roles in a tenant are the user's realm roles plus the roles of the groups {@code /tenants/<alias>/<ROLE>};
 * PLATFORM_ADMIN counts only in the organization {@code platform}, the other roles only in merchant
 * organizations. An organization in which the user holds no role gives no membership.
 */
final class KeycloakClaims {

    static final String TENANT_GROUPS = "tenants";

    private KeycloakClaims() {}

    /** A Keycloak identity: the e-mail address is lower case; roles are those granted, without implied ones. */
    record Identity(String email, String displayName, Map<TenantId, Set<String>> rolesByTenant) {}

    /** The identity in the claims, or empty when they carry no e-mail address. */
    static Optional<Identity> read(Map<String, Object> claims) {
        var email = text(claims.get("email"));
        if (email.isEmpty()) {
            return Optional.empty();
        }
        String normalized = email.get().strip().toLowerCase(Locale.ROOT);
        var realmRoles = realmRoles(claims);
        var groups = strings(claims.get("groups"));
        var rolesByTenant = new LinkedHashMap<TenantId, Set<String>>();
        for (String alias : organizations(claims.get("organization"))) {
            if (!TenantId.isValidSlug(alias)) {
                continue;
            }
            var tenant = new TenantId(alias);
            var roles = new LinkedHashSet<String>();
            realmRoles.stream().filter(Roles::isKnown).forEach(roles::add);
            String prefix = "/" + TENANT_GROUPS + "/" + alias + "/";
            groups.stream()
                    .filter(path -> path.startsWith(prefix))
                    .map(path -> path.substring(prefix.length()))
                    .filter(Roles::isKnown)
                    .forEach(roles::add);
            if (tenant.isPlatform()) {
                roles.retainAll(Set.of(Roles.PLATFORM_ADMIN));
            } else {
                roles.remove(Roles.PLATFORM_ADMIN);
            }
            if (!roles.isEmpty()) {
                rolesByTenant.put(tenant, Set.copyOf(roles));
            }
        }
        return Optional.of(new Identity(normalized, displayName(claims, normalized), rolesByTenant));
    }

    private static String displayName(Map<String, Object> claims, String email) {
        var name = text(claims.get("name"));
        if (name.isPresent()) {
            return name.get();
        }
        String joined = (text(claims.get("given_name")).orElse("") + " "
                        + text(claims.get("family_name")).orElse(""))
                .strip();
        return joined.isEmpty() ? email.substring(0, email.indexOf('@')) : joined;
    }

    private static Set<String> realmRoles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            return new LinkedHashSet<>(strings(realmAccess.get("roles")));
        }
        return Set.of();
    }

    private static List<String> organizations(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return strings(claim);
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String single) {
            return List.of(single);
        }
        return List.of();
    }

    private static Optional<String> text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? Optional.of(value.strip()) : Optional.empty();
    }
}
