package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Keycloak mode: the console signs users in with OIDC (authorization code flow of the confidential client),
 * signing out ends the Keycloak session too (RP-initiated logout, back to {@code /login?logout}), and the REST API
 * takes bearer tokens of the same realm. A failed sign-in lands on {@code /login} with a message, never in a loop.
 */
final class KeycloakIdentityMode implements IdentityMode {

    static final String REGISTRATION = "keycloak";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityMode.class);

    private final KeycloakSignIn signIn;
    private final KeycloakBearerTokens bearerTokens;

    KeycloakIdentityMode(KeycloakSignIn signIn, KeycloakBearerTokens bearerTokens) {
        this.signIn = signIn;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public boolean isLocal() {
        return false;
    }

    @Override
    public void configureLogin(VaadinSecurityConfigurer vaadin) {
        vaadin.oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}/login?logout");
    }

    @Override
    public void configureOidc(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .failureHandler((request, response, failure) -> {
                    boolean noTenant = failure instanceof OAuth2AuthenticationException oauth
                            && KeycloakSignIn.NO_ACTIVE_TENANT.equals(
                                    oauth.getError().getErrorCode());
                    log.info("Keycloak sign-in refused: {}", failure.getMessage());
                    response.sendRedirect(request.getContextPath() + (noTenant ? "/login?suspended" : "/login?error"));
                }));
    }

    @Override
    public void configureApi(HttpSecurity http, AuthenticationEntryPoint notSignedIn) throws Exception {
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .authenticationEntryPoint(notSignedIn)
                .jwt(jwt -> jwt.jwtAuthenticationConverter(bearerTokens)));
    }
}
