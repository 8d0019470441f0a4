package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/** How users sign in: local accounts with a form (the embedded default) or OIDC through Keycloak. */
interface IdentityMode {

    boolean isLocal();

    /** Where the console sends users who are not signed in, and where they land after signing out. */
    void configureLogin(VaadinSecurityConfigurer vaadin);

    /** Adds OIDC login to the console's chain; only called when not local. */
    default void configureOidc(HttpSecurity http) throws Exception {}

    /**
     * How the REST API authenticates a request: HTTP Basic with a local account, or a bearer token from Keycloak.
     * {@code notSignedIn} answers requests without valid credentials.
     */
    void configureApi(HttpSecurity http, AuthenticationEntryPoint notSignedIn) throws Exception;
}
