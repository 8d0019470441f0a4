package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.shared.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Picks the tenant of an API request from the {@code X-ShopDesk-Tenant} header, among the caller's memberships
 * only. A header naming a tenant the caller does not belong to is refused with 403 rather than ignored, so a
 * forged tenant id never reaches a service.
 */
final class TenantHeaderFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final TenantSelection tenantSelection;

    TenantHeaderFilter(MessageSource messages, TenantSelection tenantSelection) {
        this.messages = messages;
        this.tenantSelection = tenantSelection;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getHeader(ApiSecurityConfiguration.TENANT_HEADER);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (requested != null
                && authentication != null
                && authentication.getPrincipal() instanceof TenantAwarePrincipal user) {
            boolean member = TenantId.isValidSlug(requested)
                    && user.memberships().stream()
                            .anyMatch(m -> m.tenant().value().equals(requested));
            if (!member) {
                ApiSecurityConfiguration.problem(
                        response, 403, messages.getMessage("error.tenant-not-member", null, request.getLocale()));
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(tenantSelection.switched(authentication, new TenantId(requested)));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
