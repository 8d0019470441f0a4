package io.shopdesk.security.internal;

import io.shopdesk.security.AccountChanged;
import io.shopdesk.security.MemberAdded;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keycloak mode: mirrors a signed-in identity into our own rows, so team lists, seat counts, the audit log and
 * language preferences work as in local mode. The account has no password here. Keycloak is the truth for
 * memberships and roles: what changed there since the last sign-in is applied here (and audited) at sign-in.
 * Memberships of suspended tenants are kept; tenants unknown here are ignored.
 */
final class KeycloakAccountSync {

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeycloakAccountSync(
            UserAccountRepository accounts,
            MembershipRepository memberships,
            TenantDirectory tenants,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    void sync(KeycloakClaims.Identity identity) {
        long userId = transactions.execute(status -> accounts.findByEmail(identity.email())
                .map(account -> {
                    if (!account.displayName().equals(identity.displayName())) {
                        account.rename(identity.displayName());
                    }
                    return account;
                })
                .orElseGet(() -> accounts.save(
                        new UserAccount(identity.email(), identity.displayName(), null, null, clock.instant())))
                .id());
        var known = TenantContext.callAcrossTenants(() -> memberships.findByUserId(userId));
        for (var entry : identity.rolesByTenant().entrySet()) {
            if (tenants.find(entry.getKey()).isPresent()) {
                TenantContext.runAs(entry.getKey(), () -> upsert(entry.getKey(), userId, identity, entry.getValue()));
            }
        }
        known.stream()
                .map(membership -> new TenantId(membership.tenantId()))
                .filter(tenant -> !identity.rolesByTenant().containsKey(tenant))
                .forEach(tenant -> TenantContext.runAs(tenant, () -> remove(tenant, userId, identity.email())));
    }

    private void upsert(TenantId tenant, long userId, KeycloakClaims.Identity identity, Set<String> roles) {
        transactions.executeWithoutResult(status -> {
            var existing = memberships.findByUserIdAndTenantId(userId, tenant.value());
            if (existing.isEmpty()) {
                memberships.save(new Membership(userId, roles, clock.instant()));
                events.publishEvent(new MemberAdded(tenant, identity.email(), roles));
            } else if (!existing.get().roles().equals(roles)) {
                String before = "roles=" + new TreeSet<>(existing.get().roles());
                existing.get().changeRoles(roles);
                events.publishEvent(
                        new AccountChanged(tenant, identity.email(), "roles", before, "roles=" + new TreeSet<>(roles)));
            }
        });
    }

    private void remove(TenantId tenant, long userId, String email) {
        transactions.executeWithoutResult(status -> memberships
                .findByUserIdAndTenantId(userId, tenant.value())
                .ifPresent(membership -> {
                    memberships.delete(membership);
                    events.publishEvent(new AccountChanged(
                            tenant, email, "membership", "roles=" + new TreeSet<>(membership.roles()), null));
                }));
    }
}
