package io.shopdesk.security.internal;

import io.shopdesk.security.TenantDirectory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified bearer token of the realm into the API caller: memberships from its {@code organization},
 * realm role and group claims. A token of nobody who may use an active tenant is refused like a wrong password.
 */
final class KeycloakBearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TenantDirectory tenants;

    KeycloakBearerTokens(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var identity = KeycloakClaims.read(jwt.getClaims())
                .orElseThrow(() -> new DisabledException("The token carries no e-mail address"));
        var memberships = KeycloakMemberships.active(identity, tenants);
        if (memberships.isEmpty()) {
            throw new DisabledException("No active organization for " + identity.email());
        }
        var user = new KeycloakApiUser(
                identity.email(),
                identity.displayName(),
                memberships,
                memberships.size() == 1 ? memberships.getFirst().tenant() : null);
        return new KeycloakApiUser.Token(user, jwt);
    }
}
