package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** How users sign in: local accounts with a form (the embedded default) or OIDC through Keycloak. */
interface IdentityMode {

    boolean isLocal();

    void configureLogin(VaadinSecurityConfigurer vaadin);

    /** Adds OIDC login to the chain; only called when not local. */
    default void configureOidc(HttpSecurity http) throws Exception {}
}
