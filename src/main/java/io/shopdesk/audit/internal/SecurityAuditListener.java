package io.shopdesk.audit.internal;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.security.AccountChanged;
import io.shopdesk.security.MemberAdded;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits what the security module does. The security module cannot call the audit log (the audit log depends on
 * it), so it publishes events and this listener records them synchronously, in the same transaction.
 */
@Component
class SecurityAuditListener {

    private final AuditLog auditLog;

    SecurityAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(MemberAdded event) {
        auditLog.record(event.tenant(), "member.added", event.email(), null, "roles=" + new TreeSet<>(event.roles()));
    }

    @EventListener
    void on(AccountChanged event) {
        auditLog.record(event.tenant(), "account." + event.what(), event.email(), event.before(), event.after());
    }
}
