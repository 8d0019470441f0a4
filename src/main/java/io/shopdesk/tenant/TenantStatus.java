package io.shopdesk.tenant;

/** Whether a tenant's users may sign in and its bots answer. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
