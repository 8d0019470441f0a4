package io.shopdesk.audit.web;

import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.TenantId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over HTTP. Platform staff may narrow to a tenant; for a tenant admin the {@code tenant} parameter
 * is ignored and only their own tenant's entries come back.
 */
@RestController
class AuditApi {

    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    AuditApi(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/audit-log")
    @PreAuthorize(Roles.HAS_ADMIN_ROLE)
    List<AuditEntry> search(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String tenant,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        if (currentUser.require().isPlatformStaff()) {
            var tenantId = TenantId.isValidSlug(tenant) ? new TenantId(tenant) : null;
            return auditLog.searchAcrossTenants(new AuditQuery(text, tenantId, null, null, null), offset, limit);
        }
        return auditLog.searchOwnTenant(new AuditQuery(text, null, null, null, null), offset, limit);
    }
}
