package io.shopdesk.security.internal;

import io.shopdesk.security.TenantAwarePrincipal;
import io.shopdesk.security.TenantMembership;
import io.shopdesk.shared.TenantId;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A principal signed in with a local account. Immutable: picking another tenant makes a new one. */
final class LocalUser implements UserDetails, CredentialsContainer, TenantAwarePrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final List<TenantMembership> memberships;
    private final TenantId activeTenant;

    LocalUser(
            String email,
            String displayName,
            String passwordHash,
            boolean locked,
            boolean enabled,
            List<TenantMembership> memberships,
            TenantId activeTenant) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
        this.memberships = List.copyOf(memberships);
        this.activeTenant = activeTenant;
    }

    LocalUser withActiveTenant(TenantId tenant) {
        return new LocalUser(email, displayName, passwordHash, locked, enabled, memberships, tenant);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(this);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<TenantMembership> memberships() {
        return memberships;
    }

    @Override
    public Optional<TenantId> activeTenant() {
        return Optional.ofNullable(activeTenant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalUser user && user.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "LocalUser[" + email + ", tenant=" + activeTenant + "]";
    }
}
