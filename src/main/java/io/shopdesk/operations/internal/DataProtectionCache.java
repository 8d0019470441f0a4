package io.shopdesk.operations.internal;

import io.shopdesk.operations.DataProtectionSettings;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Each tenant's settings as the chat runtime reads them on every message, for a short while, so a message costs
 * no extra query; a change on another replica is seen within {@link #TIME_TO_LIVE}.
 */
@Component
public class DataProtectionCache {

    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    private final DataProtectionStore store;
    private final Clock clock;
    private final ConcurrentMap<TenantId, Cached> cached = new ConcurrentHashMap<>();

    DataProtectionCache(DataProtectionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public DataProtectionSettings settingsOf(TenantId tenant) {
        Instant now = clock.instant();
        var entry = cached.get(tenant);
        if (entry == null || entry.until().isBefore(now)) {
            entry = new Cached(store.find(tenant).orElse(DataProtectionSettings.DEFAULTS), now.plus(TIME_TO_LIVE));
            cached.put(tenant, entry);
        }
        return entry.settings();
    }

    public void forget(TenantId tenant) {
        cached.remove(tenant);
    }

    private record Cached(DataProtectionSettings settings, Instant until) {}
}
