package io.shopdesk.security.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads local accounts for form login and remember-me. An account whose every tenant is suspended (or that has no
 * membership left) is disabled; a user with exactly one membership starts in that tenant.
 */
@Component
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final MembershipLookup memberships;
    private final Clock clock;

    LocalUserDetailsService(UserAccountRepository accounts, MembershipLookup memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByEmail(UserAccount.normalizeEmail(username))
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        var active = memberships.activeMembershipsAcrossTenants(account.id());
        return new LocalUser(
                account.email(),
                account.displayName(),
                account.passwordHash(),
                account.isLocked(clock.instant()),
                account.enabled() && !active.isEmpty(),
                active,
                active.size() == 1 ? active.getFirst().tenant() : null);
    }
}
