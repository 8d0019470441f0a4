package io.shopdesk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.shopdesk.security.TenantDirectory;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The console's filter chain: Vaadin's navigation access control, local form login with remember-me (or OIDC
 * login through Keycloak in that mode), and a check on every request that the user's tenant is still active.
 * Public static files (console styles, chat widget, demo shop pages) are served to anyone.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/console/**", "/widget/**", "/shop/**", "/actuator/health", "/actuator/health/**", "/error"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain consoleSecurity(
            HttpSecurity http,
            IdentityMode identityMode,
            LocalUserDetailsService users,
            DataSource dataSource,
            TenantDirectory tenants,
            @Value("${shopdesk.security.remember-me.key:}") String rememberMeKey,
            @Value("${shopdesk.security.remember-me.validity:14d}") Duration rememberMeValidity)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> identityMode.configureLogin(vaadin));
        if (identityMode.isLocal()) {
            http.userDetailsService(users);
            http.rememberMe(rememberMe -> rememberMe.rememberMeServices(
                    rememberMeServices(users, dataSource, rememberMeKey, rememberMeValidity)));
        } else {
            identityMode.configureOidc(http);
        }
        http.addFilterAfter(new ActiveTenantFilter(tenants), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static RememberMeServices rememberMeServices(
            LocalUserDetailsService users, DataSource dataSource, String key, Duration validity) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        // A random key per start is safe: persistent tokens are checked against the database, not the key.
        var services = new PersistentTokenBasedRememberMeServices(
                key.isBlank() ? UUID.randomUUID().toString() : key, users, tokens);
        services.setTokenValiditySeconds((int) validity.toSeconds());
        services.setParameter("remember-me");
        return services;
    }
}
