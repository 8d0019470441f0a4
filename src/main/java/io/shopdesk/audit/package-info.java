/**
 * The audit log: who did what, when, in which tenant, with a before/after summary, for every administrative action
 * in the product. Other modules call {@link io.shopdesk.audit.AuditLog#record} inside the transaction of the
 * change, so an action and its entry are stored together or not at all. Platform staff search all tenants; a
 * tenant admin sees only their own tenant. Entries are never changed or deleted through the product.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.shopdesk.audit;
