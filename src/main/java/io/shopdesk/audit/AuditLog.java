package io.shopdesk.audit;

import io.shopdesk.audit.internal.AuditStore;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records administrative actions and searches them. */
@Service
public class AuditLog {

    static final int MAX_SUMMARY = 2000;

    private final AuditStore store;
    private final CurrentUser currentUser;

    AuditLog(AuditStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * Records an action on the given tenant by whoever acts now, in the caller's transaction. Summaries are
     * short human-readable descriptions ("plan=FREE"), cut to 2,000 characters.
     */
    @Transactional
    public void record(TenantId tenant, String action, String target, String before, String after) {
        store.insert(tenant, currentUser.actorName(), action, cut(target, 200), cut(before), cut(after));
    }

    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> searchAcrossTenants(AuditQuery query, int offset, int limit) {
        return store.search(query, query.tenant(), offset, limit);
    }

    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional(readOnly = true)
    public long countAcrossTenants(AuditQuery query) {
        return store.count(query, query.tenant());
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> searchOwnTenant(AuditQuery query, int offset, int limit) {
        return store.search(query, TenantContext.require(), offset, limit);
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public long countOwnTenant(AuditQuery query) {
        return store.count(query, TenantContext.require());
    }

    private static String cut(String text) {
        return cut(text, MAX_SUMMARY);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
