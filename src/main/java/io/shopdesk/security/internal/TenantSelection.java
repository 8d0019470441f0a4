package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Switches the signed-in user to one of their tenants: replaces the authentication with one whose principal has
 * that tenant active and whose authorities are that membership's roles, and stores it in the HTTP session.
 */
@Component
public class TenantSelection {

    private final List<PrincipalRebuilder> rebuilders;

    TenantSelection(List<PrincipalRebuilder> rebuilders) {
        this.rebuilders = rebuilders;
    }

    public void select(TenantId tenant) {
        var context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof TenantAwarePrincipal principal)) {
            throw new BusinessRuleException("error.not-signed-in");
        }
        if (principal.memberships().stream().noneMatch(m -> m.tenant().equals(tenant))) {
            throw new BusinessRuleException("error.tenant-not-member");
        }
        Authentication replacement = switched(current, tenant);
        var newContext = SecurityContextHolder.createEmptyContext();
        newContext.setAuthentication(replacement);
        SecurityContextHolder.setContext(newContext);
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    newContext,
                    RequestAttributes.SCOPE_SESSION);
        }
    }

    /** The same authentication with another of the principal's tenants active; the caller checked membership. */
    Authentication switched(Authentication current, TenantId tenant) {
        return rebuilders.stream()
                .flatMap(rebuilder -> rebuilder.rebuild(current, tenant).stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Cannot switch tenant for " + current.getClass()));
    }

    /** Builds the authentication for a principal type with another active tenant. */
    interface PrincipalRebuilder {
        Optional<Authentication> rebuild(Authentication current, TenantId tenant);
    }

    @Component
    static class LocalUserRebuilder implements PrincipalRebuilder {
        @Override
        public Optional<Authentication> rebuild(Authentication current, TenantId tenant) {
            if (current.getPrincipal() instanceof LocalUser user) {
                var switched = user.withActiveTenant(tenant);
                var token =
                        UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities());
                token.setDetails(current.getDetails());
                return Optional.of(token);
            }
            return Optional.empty();
        }
    }

    @Component
    static class KeycloakUserRebuilder implements PrincipalRebuilder {
        @Override
        public Optional<Authentication> rebuild(Authentication current, TenantId tenant) {
            if (current instanceof OAuth2AuthenticationToken token
                    && token.getPrincipal() instanceof KeycloakUser user) {
                var switched = user.withActiveTenant(tenant);
                var replacement = new OAuth2AuthenticationToken(
                        switched, switched.getAuthorities(), token.getAuthorizedClientRegistrationId());
                replacement.setDetails(current.getDetails());
                return Optional.of(replacement);
            }
            return Optional.empty();
        }
    }

    @Component
    static class KeycloakApiUserRebuilder implements PrincipalRebuilder {
        @Override
        public Optional<Authentication> rebuild(Authentication current, TenantId tenant) {
            if (current instanceof KeycloakApiUser.Token token) {
                return Optional.of(token.withActiveTenant(tenant));
            }
            return Optional.empty();
        }
    }
}
