package io.shopdesk.security.internal;

import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.LogFields;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's active tenant into the MDC ({@link LogFields#TENANT}) for the rest of the request, so
 * every log line of a console or REST request names its tenant. Registered after Spring Security's filter chain
 * (see {@link ObservabilityConfiguration}), where the user is known; it leaves a tenant already set upstream alone.
 */
final class TenantLogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = TenantContext.current();
        if (tenant.isEmpty() || MDC.get(LogFields.TENANT) != null) {
            chain.doFilter(request, response);
            return;
        }
        try (var ignored = MDC.putCloseable(LogFields.TENANT, tenant.get().value())) {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
