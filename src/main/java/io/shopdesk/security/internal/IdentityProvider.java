package io.shopdesk.security.internal;

import io.shopdesk.shared.TenantId;
import java.util.Optional;
import java.util.Set;

/**
 * Where identities live besides our own account and membership rows: nowhere else (local mode), or Keycloak with
 * one organization per tenant. Called inside the caller's transaction: an implementation that changes an outside
 * system undoes that change when the transaction rolls back, so a tenant and its identities appear together or
 * not at all.
 */
interface IdentityProvider {

    /** Whether passwords are checked against our own account table (local mode) rather than by Keycloak. */
    boolean storesPasswordsLocally();

    /** Where users manage their password and sign-in methods themselves, when not here. */
    default Optional<String> accountConsoleUrl() {
        return Optional.empty();
    }

    /** Prepares a new tenant: its Keycloak organization, or nothing locally. */
    void createTenant(TenantId tenant, String tenantName);

    /**
     * Makes the user a member of the tenant in the identity provider with the roles. A non-null password means the
     * account is new to ShopDesk: the identity provider creates the user with it (to be changed at first sign-in
     * when {@code temporaryPassword}). A null password means the account exists already and only joins the tenant.
     */
    void addMember(
            TenantId tenant,
            String email,
            String displayName,
            Set<String> roles,
            String password,
            boolean temporaryPassword);

    /**
     * Removes an offboarded tenant from the identity provider: its organization, its role groups and the accounts
     * that belonged to no other tenant there. Cannot be undone, so callers do it last in their transaction; running
     * it again after a partial failure finishes the job. The number of accounts deleted there.
     */
    int deleteTenant(TenantId tenant);
}
