package io.shopdesk.security.internal;

import io.shopdesk.security.Roles;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may read the Actuator endpoints, the tenant in the log context, and what Spring Security observes.
 *
 * <p>Health (with its liveness and readiness groups, also at {@code /livez} and {@code /readyz}) is open to anyone:
 * probes carry no credentials and the answer is only UP or DOWN. The other endpoints ({@code /actuator/prometheus},
 * {@code /actuator/info}) depend on where they are served. With a management port of their own
 * ({@code management.server.port}, as the Helm chart sets it) they are open, because that port is reachable only
 * inside the cluster: no Ingress routes to it. On the main port, which the Internet reaches, they are for signed-in
 * platform staff only.
 */
@Configuration
class ObservabilityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain managementSecurity(HttpSecurity http, Environment environment, MessageSource messages)
            throws Exception {
        var health = new OrRequestMatcher(
                EndpointRequest.to(HealthEndpoint.class),
                EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class));
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), health))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(health).permitAll();
                    if (ownPort) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole(Roles.PLATFORM_ADMIN);
                    }
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, failure) -> ApiSecurityConfiguration.problem(
                                        response,
                                        401,
                                        messages.getMessage("error.not-signed-in", null, request.getLocale())))
                        .accessDeniedHandler((request, response, denied) -> ApiSecurityConfiguration.problem(
                                response, 403, messages.getMessage("error.access-denied", null, request.getLocale()))));
        return http.build();
    }

    /**
     * No Micrometer observation around every security filter, authentication and authorization: nothing reads them
     * (requests are still measured as {@code http.server.requests}), and every chat API request paid for them (the
     * load benchmark showed no measurable gain from dropping them; docs/benchmarks.md, "Chat API under load").
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Runs right after Spring Security's filter chain, inside it, where the signed-in user is known. */
    @Bean
    FilterRegistrationBean<TenantLogContextFilter> tenantLogContextFilter() {
        var registration = new FilterRegistrationBean<>(new TenantLogContextFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
