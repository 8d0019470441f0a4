package io.shopdesk.security;

import java.util.Set;

/** A member of the current tenant, for user lists. */
public record MemberSummary(String email, String displayName, Set<String> roles, boolean locked) {}
