package io.shopdesk.audit;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * A search of the audit log; every part is optional (null). {@code text} matches actor, action, target and the
 * summaries; {@code tenant} narrows a platform-wide search and is ignored for a tenant's own search.
 */
public record AuditQuery(String text, TenantId tenant, String action, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
