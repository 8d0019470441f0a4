package io.shopdesk.connector.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The connectors' own filter chain: no sign-in, no session, no CSRF token (platform servers call these endpoints,
 * not browsers); every adapter authenticates the request itself by the platform's signature before reading it.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain connectorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(ConnectorPaths.BASE + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
