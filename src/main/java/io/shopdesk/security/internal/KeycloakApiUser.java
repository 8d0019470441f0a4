package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantMembership;
import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;

/** A REST API caller authenticated by a bearer token of the Keycloak realm (one request, no session). */
record KeycloakApiUser(String email, String displayName, List<TenantMembership> memberships, TenantId active)
        implements TenantAwarePrincipal, AuthenticatedPrincipal {

    KeycloakApiUser {
        memberships = List.copyOf(memberships);
    }

    @Override
    public Optional<TenantId> activeTenant() {
        return Optional.ofNullable(active);
    }

    @Override
    public String getName() {
        return email;
    }

    KeycloakApiUser withActiveTenant(TenantId tenant) {
        return new KeycloakApiUser(email, displayName, memberships, tenant);
    }

    /** The authentication of an API request: the caller, the token, and the roles of the active tenant. */
    static final class Token extends AbstractAuthenticationToken {

        private final KeycloakApiUser user;
        private final Jwt jwt;

        Token(KeycloakApiUser user, Jwt jwt) {
            super(Authorities.of(user));
            this.user = user;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        Token withActiveTenant(TenantId tenant) {
            return new Token(user.withActiveTenant(tenant), jwt);
        }

        @Override
        public KeycloakApiUser getPrincipal() {
            return user;
        }

        @Override
        public Jwt getCredentials() {
            return jwt;
        }
    }
}
