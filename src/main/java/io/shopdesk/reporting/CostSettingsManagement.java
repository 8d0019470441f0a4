package io.shopdesk.reporting;

import io.shopdesk.reporting.internal.CostSettingsStore;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in tenant's cost model (see {@link CostSettings}); tenant admins read and change it. */
@Service
public class CostSettingsManagement {

    private final CostSettingsStore store;
    private final Clock clock;

    CostSettingsManagement(CostSettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The tenant's settings, or the platform defaults if it never saved any. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public CostSettings current() {
        return store.of(TenantContext.require());
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public void save(CostSettings settings) {
        store.save(TenantContext.require(), settings, clock.instant());
    }
}
