package io.shopdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeycloakClaimsTest {

    private static final TenantId SHOP = new TenantId("brightwave");
    private static final TenantId OTHER = new TenantId("yunshang");

    private static KeycloakClaims.Identity read(Map<String, Object> claims) {
        return KeycloakClaims.read(claims).orElseThrow();
    }

    @Test
    void group_roles_hold_only_in_the_organization_the_group_belongs_to() {
        var identity = read(Map.of(
                "email",
                "Pat@Example.COM",
                "name",
                "Pat Lee",
                "organization",
                List.of("brightwave", "yunshang"),
                "groups",
                List.of("/tenants/brightwave/TENANT_ADMIN", "/tenants/yunshang/AGENT")));

        assertThat(identity.email()).isEqualTo("pat@example.com");
        assertThat(identity.displayName()).isEqualTo("Pat Lee");
        assertThat(identity.rolesByTenant())
                .containsExactly(Map.entry(SHOP, Set.of("TENANT_ADMIN")), Map.entry(OTHER, Set.of("AGENT")));
    }

    @Test
    void realm_roles_hold_in_every_organization_of_the_user() {
        var identity = read(Map.of(
                "email", "pat@example.com",
                "organization", Map.of("brightwave", Map.of("id", "1"), "yunshang", Map.of("id", "2")),
                "realm_access", Map.of("roles", List.of("TRAINER", "offline_access", "default-roles-shopdesk"))));

        assertThat(identity.rolesByTenant()).containsOnlyKeys(SHOP, OTHER);
        assertThat(identity.rolesByTenant().get(SHOP)).containsExactly("TRAINER");
        assertThat(identity.displayName()).isEqualTo("pat");
    }

    @Test
    void roles_without_the_organization_give_no_membership() {
        var identity = read(Map.of(
                "email", "pat@example.com",
                "organization", List.of("brightwave"),
                "groups", List.of("/tenants/yunshang/TENANT_ADMIN", "/tenants/brightwave/NOT_A_ROLE"),
                "realm_access", Map.of("roles", List.of("uma_authorization"))));

        assertThat(identity.rolesByTenant()).isEmpty();
    }

    @Test
    void platform_admin_counts_only_in_the_platform_organization_and_tenant_roles_never_there() {
        var identity = read(Map.of(
                "email", "ops@example.com",
                "organization", List.of("platform", "brightwave"),
                "realm_access", Map.of("roles", List.of("PLATFORM_ADMIN", "AGENT"))));

        assertThat(identity.rolesByTenant().get(TenantId.PLATFORM)).containsExactly("PLATFORM_ADMIN");
        assertThat(identity.rolesByTenant().get(SHOP)).containsExactly("AGENT");
    }

    @Test
    void aliases_that_are_no_slug_are_ignored_and_a_token_without_email_is_nobody() {
        var identity = read(Map.of(
                "email",
                "pat@example.com",
                "organization",
                List.of("Not A Slug", "brightwave"),
                "groups",
                List.of("/tenants/brightwave/AGENT")));
        assertThat(identity.rolesByTenant()).containsOnlyKeys(SHOP);

        assertThat(KeycloakClaims.read(Map.of("organization", List.of("brightwave"))))
                .isEmpty();
    }

    @Test
    void the_display_name_falls_back_to_given_and_family_name() {
        var identity = read(Map.of("email", "lin@example.com", "given_name", "婉清", "family_name", "林"));
        assertThat(identity.displayName()).isEqualTo("婉清 林");
    }
}
