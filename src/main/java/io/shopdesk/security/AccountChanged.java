package io.shopdesk.security;

import io.shopdesk.shared.TenantId;

/** A user changed their own account (password, language), or an admin changed a member's roles. */
public record AccountChanged(TenantId tenant, String email, String what, String before, String after) {}
