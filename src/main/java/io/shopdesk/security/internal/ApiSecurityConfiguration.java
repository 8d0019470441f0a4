package io.shopdesk.security.internal;

import io.shopdesk.security.TenantDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The console's REST API ({@code /api/v1/**}): stateless, HTTP Basic with local accounts (local mode) or a bearer
 * token from the Keycloak realm (Keycloak mode), no session cookie (so no CSRF exposure). A user of several tenants names one with the {@code X-ShopDesk-Tenant} header; the header is
 * checked against their memberships, so naming another tenant gets 403. Errors are problem details, never a
 * redirect to the login page.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String TENANT_HEADER = "X-ShopDesk-Tenant";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            IdentityMode identityMode,
            TenantSelection tenantSelection,
            TenantDirectory tenants,
            MessageSource messages)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        problem(response, 403, messages.getMessage("error.access-denied", null, request.getLocale()))))
                .addFilterAfter(new TenantHeaderFilter(messages, tenantSelection), BasicAuthenticationFilter.class)
                .addFilterAfter(new ActiveTenantFilter(tenants, messages), TenantHeaderFilter.class);
        identityMode.configureApi(
                http,
                (request, response, failure) ->
                        problem(response, 401, messages.getMessage("error.not-signed-in", null, request.getLocale())));
        return http.build();
    }

    static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
