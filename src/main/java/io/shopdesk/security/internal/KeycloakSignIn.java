package io.shopdesk.security.internal;

import io.shopdesk.security.TenantDirectory;
import java.util.HashMap;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Builds the console's principal after an OIDC sign-in: identity and organizations from the ID token, realm
 * roles from the access token (Keycloak puts them only there), memberships of active tenants only. Mirrors the
 * identity into our rows first. Nobody with an active tenant left is refused with {@link #NO_ACTIVE_TENANT}.
 */
final class KeycloakSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACTIVE_TENANT = "shopdesk_no_active_tenant";

    private final OidcUserService oidcUsers = new OidcUserService();
    private final JwtDecoder accessTokens;
    private final TenantDirectory tenants;
    private final KeycloakAccountSync sync;

    KeycloakSignIn(JwtDecoder accessTokens, TenantDirectory tenants, KeycloakAccountSync sync) {
        this.accessTokens = accessTokens;
        this.tenants = tenants;
        this.sync = sync;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = oidcUsers.loadUser(request);
        var claims = new HashMap<String, Object>(
                accessTokens.decode(request.getAccessToken().getTokenValue()).getClaims());
        claims.putAll(oidcUser.getClaims());
        var identity = KeycloakClaims.read(claims)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("shopdesk_no_email", "The identity carries no e-mail address", null)));
        sync.sync(identity);
        var memberships = KeycloakMemberships.active(identity, tenants);
        if (memberships.isEmpty()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(NO_ACTIVE_TENANT, "No active organization for " + identity.email(), null));
        }
        return new KeycloakUser(
                oidcUser.getIdToken(),
                oidcUser.getUserInfo(),
                identity.email(),
                identity.displayName(),
                memberships,
                memberships.size() == 1 ? memberships.getFirst().tenant() : null);
    }
}
