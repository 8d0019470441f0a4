package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantMembership;
import io.shopdesk.shared.TenantId;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A principal signed in to the console through Keycloak (OIDC). Keeps the ID token, so that signing out can end
 * the Keycloak session too. Immutable: picking another tenant makes a new one.
 */
final class KeycloakUser implements OidcUser, TenantAwarePrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final String email;
    private final String displayName;
    private final List<TenantMembership> memberships;
    private final TenantId activeTenant;

    KeycloakUser(
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            String email,
            String displayName,
            List<TenantMembership> memberships,
            TenantId activeTenant) {
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.email = email;
        this.displayName = displayName;
        this.memberships = List.copyOf(memberships);
        this.activeTenant = activeTenant;
    }

    KeycloakUser withActiveTenant(TenantId tenant) {
        return new KeycloakUser(idToken, userInfo, email, displayName, memberships, tenant);
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(this);
    }

    /** The e-mail address, as for local accounts: audit entries and the authorized-client store use it. */
    @Override
    public String getName() {
        return email;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<TenantMembership> memberships() {
        return memberships;
    }

    @Override
    public Optional<TenantId> activeTenant() {
        return Optional.ofNullable(activeTenant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeycloakUser user && user.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "KeycloakUser[" + email + ", tenant=" + activeTenant + "]";
    }
}
