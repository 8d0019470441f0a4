package io.shopdesk.audit;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/** One administrative action as recorded. */
public record AuditEntry(
        long id,
        TenantId tenant,
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String before,
        String after) {}
