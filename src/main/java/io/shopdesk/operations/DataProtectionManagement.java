package io.shopdesk.operations;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.operations.internal.DataProtectionCache;
import io.shopdesk.operations.internal.DataProtectionStore;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's data protection settings, for its admins. Changes are audited and reach this replica's chat
 * runtime at once, other replicas within {@link DataProtectionCache#TIME_TO_LIVE}.
 */
@Service
public class DataProtectionManagement {

    private final DataProtectionStore store;
    private final DataProtectionCache cache;
    private final AuditLog audit;
    private final Clock clock;

    DataProtectionManagement(DataProtectionStore store, DataProtectionCache cache, AuditLog audit, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public DataProtectionSettings currentSettings() {
        return store.find(TenantContext.require()).orElse(DataProtectionSettings.DEFAULTS);
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public DataProtectionSettings update(DataProtectionSettings settings) {
        var tenant = TenantContext.require();
        Integer days = settings.retentionDays();
        if (days != null
                && (days < DataProtectionSettings.MIN_RETENTION_DAYS
                        || days > DataProtectionSettings.MAX_RETENTION_DAYS)) {
            throw BusinessRuleException.onField(
                    "retentionDays",
                    "privacy.error.retention-days",
                    DataProtectionSettings.MIN_RETENTION_DAYS,
                    DataProtectionSettings.MAX_RETENTION_DAYS);
        }
        var before = store.find(tenant).orElse(DataProtectionSettings.DEFAULTS);
        store.save(tenant, settings, clock.instant());
        audit.record(tenant, "data-protection.update", "data-protection", summary(before), summary(settings));
        cache.forget(tenant);
        return settings;
    }

    private static String summary(DataProtectionSettings settings) {
        return "maskTranscripts=" + settings.maskTranscripts() + ", maskExports=" + settings.maskExports()
                + ", retentionDays=" + (settings.retentionDays() == null ? "forever" : settings.retentionDays());
    }
}
