package io.shopdesk.operations;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.operations.internal.TenantDeletion;
import io.shopdesk.operations.internal.TenantExport;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantManagement;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform staff offboard a tenant: first export all of its data (a zip of JSON per table), then delete all of it
 * in one transaction, confirmed by typing the tenant's slug, and last remove it from the identity provider (its
 * Keycloak organization and the accounts of no other organization). Both are audited under the platform tenant, so the
 * record outlives the tenant. The platform tenant itself cannot be offboarded.
 */
@Service
public class TenantOffboarding {

    private final TenantManagement tenants;
    private final TenantExport export;
    private final TenantDeletion deletion;
    private final AuditLog audit;
    private final AccountManagement accounts;

    TenantOffboarding(
            TenantManagement tenants,
            TenantExport export,
            TenantDeletion deletion,
            AuditLog audit,
            AccountManagement accounts) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.export = export;
        this.deletion = deletion;
        this.audit = audit;
    }

    /** Writes the tenant's export zip to {@code out}, left open; the rows exported per table. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional
    public Map<String, Integer> exportAcrossTenants(TenantId tenant, OutputStream out) {
        requireOffboardable(tenant);
        var rows = export.write(tenant, out);
        audit.record(TenantId.PLATFORM, "tenant.export", tenant.value(), null, summary(rows));
        return rows;
    }

    /** Deletes every row of the tenant when {@code typedSlug} is its slug. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    @Transactional
    public OffboardingResult offboardAcrossTenants(TenantId tenant, String typedSlug) {
        requireOffboardable(tenant);
        if (typedSlug == null || !typedSlug.strip().equals(tenant.value())) {
            throw BusinessRuleException.onField("slug", "offboarding.error.slug-mismatch");
        }
        var deleted = deletion.deleteAll(tenant);
        var result = new OffboardingResult(tenant, deleted);
        // Last: the identity provider cannot take its deletions back if this transaction rolled back afterwards
        int identities = accounts.deleteTenantIdentitiesAcrossTenants(tenant);
        audit.record(
                TenantId.PLATFORM,
                "tenant.offboard",
                tenant.value(),
                null,
                "rows=" + result.totalRows() + " " + summary(deleted) + " identity-provider-accounts=" + identities);
        return result;
    }

    private void requireOffboardable(TenantId tenant) {
        if (tenant.isPlatform()) {
            throw BusinessRuleException.onField("tenant", "offboarding.error.platform");
        }
        if (!tenants.exists(tenant)) {
            throw new NotFoundException("tenant", tenant.value());
        }
    }

    private static String summary(Map<String, Integer> rows) {
        var nonEmpty = new TreeMap<String, Integer>();
        rows.forEach((table, count) -> {
            if (count > 0) {
                nonEmpty.put(table, count);
            }
        });
        return nonEmpty.toString();
    }
}
