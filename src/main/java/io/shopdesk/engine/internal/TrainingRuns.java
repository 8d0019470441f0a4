package io.shopdesk.engine.internal;

import io.shopdesk.shared.TenantId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The tenants whose model trains on this replica right now, and the FAQ entries that changed while it trained:
 * the new model learned from a snapshot taken at the start, so those changes are applied to it when it is done.
 */
@Component
class TrainingRuns {

    private final ConcurrentHashMap<TenantId, Set<Long>> changedWhileTraining = new ConcurrentHashMap<>();

    void started(TenantId tenant) {
        changedWhileTraining.put(tenant, ConcurrentHashMap.newKeySet());
    }

    /** Remembers changed entries if the tenant is training; tells whether it is. */
    boolean rememberIfTraining(TenantId tenant, Set<Long> entryIds) {
        var changed = changedWhileTraining.get(tenant);
        if (changed == null) {
            return false;
        }
        changed.addAll(entryIds);
        return true;
    }

    /** Ends the run and hands over the entries that changed during it. */
    Set<Long> finished(TenantId tenant) {
        var changed = changedWhileTraining.remove(tenant);
        return changed == null ? Set.of() : Set.copyOf(changed);
    }

    int running() {
        return changedWhileTraining.size();
    }
}
