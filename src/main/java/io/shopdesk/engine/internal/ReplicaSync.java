package io.shopdesk.engine.internal;

import io.shopdesk.engine.internal.ModelBytes.LiveModel;
import io.shopdesk.engine.internal.matching.IncompatibleModelException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantSuspended;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's resident models equal to the live models in the database: a model published, rolled back
 * or updated on another replica is loaded here within one poll interval, and swapped in whole. A suspended tenant's
 * model leaves memory.
 */
@Component
class ReplicaSync {

    private static final Logger log = LoggerFactory.getLogger(ReplicaSync.class);

    private final ModelBytes store;
    private final ResidentModels residents;

    ReplicaSync(ModelBytes store, ResidentModels residents) {
        this.store = store;
        this.residents = residents;
    }

    @Scheduled(
            initialDelayString = "${shopdesk.engine.replica-sync-interval:3s}",
            fixedDelayString = "${shopdesk.engine.replica-sync-interval:3s}")
    void reloadChangedModels() {
        var resident = residents.residentStates();
        if (resident.isEmpty()) {
            return;
        }
        var live = new HashMap<TenantId, LiveModel>();
        store.liveAcrossTenants().forEach(model -> live.put(model.tenant(), model));
        for (LiveModel mine : resident) {
            var current = live.get(mine.tenant());
            if (current == null) {
                residents.evict(mine.tenant());
            } else if (!current.equals(mine)) {
                try {
                    residents.replace(mine, current, residents.read(current));
                } catch (RuntimeException | IncompatibleModelException e) {
                    log.warn("Could not reload the model of {}; keeping v{}", mine.tenant(), mine.version(), e);
                }
            }
        }
    }

    @EventListener
    void on(TenantSuspended event) {
        residents.evict(event.tenant());
    }
}
