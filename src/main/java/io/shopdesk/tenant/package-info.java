/**
 * Tenants (merchants) and their plans: creating a tenant with its first admin, suspending and reactivating it,
 * plans with quotas that other modules enforce through {@link io.shopdesk.tenant.TenantQuotas}, and usage per
 * tenant that modules contribute through {@link io.shopdesk.tenant.UsageMetric}. Platform-staff operations span
 * tenants and say so in their names; this module never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant management")
package io.shopdesk.tenant;
