package io.shopdesk.security.internal;

import io.shopdesk.shared.TenantId;
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

    /** Prepares a new tenant: its Keycloak organization, or nothing locally. */
    void createTenant(TenantId tenant, String tenantName);

    /** Makes the user a member of the tenant in the identity provider, creating the user with the password. */
    void addMember(TenantId tenant, String email, String displayName, Set<String> roles, String password);
}
