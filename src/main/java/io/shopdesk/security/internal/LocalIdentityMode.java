package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Local mode: the console's own login view posts to Spring Security's form login; the API takes HTTP Basic. */
@Component
@ConditionalOnProperty(name = "shopdesk.identity.mode", havingValue = "local", matchIfMissing = true)
class LocalIdentityMode implements IdentityMode {

    private final LocalUserDetailsService users;

    LocalIdentityMode(LocalUserDetailsService users) {
        this.users = users;
    }

    @Override
    public boolean isLocal() {
        return true;
    }

    @Override
    public void configureLogin(VaadinSecurityConfigurer vaadin) {
        vaadin.loginView("/login", "/login?logout");
    }

    @Override
    public void configureApi(HttpSecurity http, AuthenticationEntryPoint notSignedIn) throws Exception {
        http.userDetailsService(users).httpBasic(basic -> basic.authenticationEntryPoint(notSignedIn));
    }
}
