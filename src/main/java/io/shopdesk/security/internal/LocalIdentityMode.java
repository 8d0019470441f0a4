package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Local mode: the console's own login view posts to Spring Security's form login. */
@Component
@ConditionalOnProperty(name = "shopdesk.identity.mode", havingValue = "local", matchIfMissing = true)
class LocalIdentityMode implements IdentityMode {

    @Override
    public boolean isLocal() {
        return true;
    }

    @Override
    public void configureLogin(VaadinSecurityConfigurer vaadin) {
        vaadin.loginView("/login", "/login?logout");
    }
}
