package io.shopdesk.security;

import io.shopdesk.security.internal.Accounts;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and memberships of the current tenant ({@link TenantContext}): provisioning a new tenant's identities,
 * adding members within the tenant's seat quota, the members list, and each user's own preferences.
 */
@Service
public class AccountManagement {

    private final Accounts accounts;

    AccountManagement(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Creates the identities of the tenant the caller switched to: its organization in the identity provider and
     * its first admin. Runs in the caller's transaction; nothing remains anywhere if that transaction rolls back.
     */
    @Transactional
    public InitialCredentials provisionTenant(
            String tenantName, String adminEmail, String adminName, String locale, String adminPassword) {
        var tenant = TenantContext.require();
        accounts.createTenantIdentity(tenant, tenantName);
        return addMemberAsSystem(
                new MemberDraft(adminEmail, adminName, Set.of(Roles.TENANT_ADMIN), adminPassword, locale));
    }

    /**
     * Removes an offboarded tenant from the identity provider (in Keycloak mode its organization, role groups and the
     * users that were members of no other organization; nothing in local mode, where the rows are all). Not undone
     * if the caller's transaction rolls back, so call it last; calling it again completes a partial run. The number
     * of accounts deleted in the identity provider.
     */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional
    public int deleteTenantIdentitiesAcrossTenants(TenantId tenant) {
        if (tenant.isPlatform()) {
            throw BusinessRuleException.onField("tenant", "offboarding.error.platform");
        }
        return accounts.deleteTenantIdentity(tenant);
    }

    /** Whether the text is an e-mail address accepted for accounts. */
    public static boolean isValidEmail(String text) {
        return Accounts.isValidEmail(text);
    }

    /** A tenant admin adds a user to their tenant; checks the e-mail address, the roles and the seat quota. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public InitialCredentials addMember(MemberDraft draft) {
        return addMemberAsSystem(draft);
    }

    /** Adds a user to the current tenant without a signed-in admin: tenant creation and tenant packs. */
    @Transactional
    public InitialCredentials addMemberAsSystem(MemberDraft draft) {
        return accounts.addMember(TenantContext.require(), draft);
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<MemberSummary> membersOfCurrentTenant() {
        return accounts.members(TenantContext.require());
    }

    /** E-mail addresses of the current tenant's members (lower case). */
    @Transactional(readOnly = true)
    public Set<String> memberEmailsOfCurrentTenant() {
        return accounts.memberEmails();
    }

    @Transactional(readOnly = true)
    public long countMembers() {
        return accounts.countMembers();
    }

    /** Members per tenant; call with all tenants visible ({@link TenantContext#callAcrossTenants}). */
    @Transactional(readOnly = true)
    public Map<TenantId, Long> memberCountsAcrossTenants() {
        return accounts.memberCounts();
    }

    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale(String email) {
        return accounts.preferredLocale(email);
    }

    /** Saves the signed-in user's language (zh-CN or en). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLocale(Locale locale) {
        accounts.changeLocale(currentEmail(), locale);
    }

    /** Changes the signed-in user's local password after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        accounts.changePassword(currentEmail(), currentPassword, newPassword);
    }

    /** Whether passwords are managed here (local mode) rather than by Keycloak. */
    public boolean managesPasswords() {
        return accounts.managesPasswords();
    }

    /** Keycloak mode: the page where users change their password and sign-in methods themselves. */
    public Optional<String> accountConsoleUrl() {
        return accounts.accountConsoleUrl();
    }

    private static String currentEmail() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantAwarePrincipal principal) {
            return principal.email();
        }
        throw new BusinessRuleException("error.not-signed-in");
    }
}
