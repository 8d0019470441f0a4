package io.shopdesk.orders.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The demo order service's own filter chain: no sign-in, no session, no CSRF (it checks its API key itself). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shopdesk.orders.demo-service.enabled", havingValue = "true")
class DemoOrderSecurityConfiguration {

    @Bean
    @Order(4)
    SecurityFilterChain demoOrderSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(DemoOrderController.BASE + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
