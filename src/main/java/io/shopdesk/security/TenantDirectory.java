package io.shopdesk.security;

import io.shopdesk.shared.TenantId;
import java.util.Optional;

/**
 * What the security module needs to know of tenants at sign-in: their names and whether they may be used. The
 * tenant module implements it, so security never depends on tenant management.
 */
public interface TenantDirectory {

    Optional<TenantSummary> find(TenantId tenant);

    /**
     * A tenant's name, whether its users may sign in and its bots answer, its plan's seat limit, and its default
     * language (a BCP 47 tag such as {@code en} or {@code zh-CN}) for its bot and console.
     */
    record TenantSummary(TenantId id, String name, boolean active, int maxSeats, String defaultLocale) {}
}
