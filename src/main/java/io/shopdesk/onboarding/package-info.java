/**
 * Tenant packs: folders that describe a tenant (settings, users, FAQ, bot texts, channels) in YAML, as documented
 * in {@code tenants/README.md}. Loads the demo packs on first start, idempotently, and lets platform staff load a
 * new pack. A pack is loaded all or nothing, through the public services of the tenant, security, knowledge,
 * conversation and channel modules; this module owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant packs")
package io.shopdesk.onboarding;
