package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.util.Set;

/** A user became a member of a tenant (tenant creation, a demo pack, or a tenant admin adding a user). */
public record MemberAdded(TenantId tenant, String email, Set<String> roles) {}
