package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    ActiveTenantFilter(TenantDirectory tenants) {
        this.tenants = tenants;
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
            response.sendRedirect(request.getContextPath() + "/login?suspended");
            return;
        }
        chain.doFilter(request, response);
    }
}
