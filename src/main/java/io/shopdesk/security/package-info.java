/**
 * Who is signed in and for which tenant. Owns local accounts (hashed passwords, lock-out, remember-me), the
 * Keycloak login mode (OIDC, one organization per tenant), tenant memberships and roles, and the tenant context
 * that Hibernate's {@code @TenantId} filtering reads. Other modules ask {@link io.shopdesk.security.CurrentUser}
 * who acts and switch tenant only through {@link io.shopdesk.security.TenantContext}. The Keycloak admin client
 * is confined to this module's internal package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.shopdesk.security;
