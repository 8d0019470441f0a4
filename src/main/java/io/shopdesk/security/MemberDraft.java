package io.shopdesk.security;

import java.util.Set;

/** A user to add to a tenant. A null password means: generate one and return it as {@link InitialCredentials}. */
public record MemberDraft(String email, String displayName, Set<String> roles, String password, String locale) {}
