package io.shopdesk.tenant;

/** What platform staff enter to create a tenant. The locale (zh-CN or en) is the tenant's default language. */
public record TenantDraft(
        String name, String slug, String planCode, String adminEmail, String adminName, String locale) {}
