package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out users whose active tenant was suspended after they signed in: their next request lands on the login
 * page with a message instead of reaching any tenant data. Built by the security configuration, not a bean, so
 * the servlet container does not run it a second time outside the security chain.
 */
class ActiveTenantFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;
    private final MessageSource messages;

    /** For the console: redirects to the login page. */
    ActiveTenantFilter(TenantDirectory tenants) {
        this(tenants, null);
    }

    /** For the REST API: answers 403 with a problem detail. */
    ActiveTenantFilter(TenantDirectory tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof TenantAwarePrincipal principal
                && principal.activeTenant().isPresent()
                && !tenants.find(principal.activeTenant().get())
                        .map(TenantDirectory.TenantSummary::active)
                        .orElse(false)) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            if (messages == null) {
                response.sendRedirect(request.getContextPath() + "/login?suspended");
            } else {
                ApiSecurityConfiguration.problem(
                        response, 403, messages.getMessage("login.error.suspended", null, request.getLocale()));
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
