package io.shopdesk.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Per-tenant settings that the runtime reads on every message, loaded on first use and kept for a time-to-live
 * ({@code shopdesk.settings.cache-ttl}, 30 s by default). A change saved on this replica is seen at once
 * ({@link #forget}); one saved on another replica once the entry here has expired.
 */
public final class TenantCache<T> {

    private record Entry<T>(T value, long loadedAt) {}

    private final ConcurrentHashMap<TenantId, Entry<T>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final Function<TenantId, T> loader;
    private final LongSupplier nanoTime;

    public TenantCache(Duration ttl, Function<TenantId, T> loader) {
        this(ttl, loader, System::nanoTime);
    }

    TenantCache(Duration ttl, Function<TenantId, T> loader, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.loader = loader;
        this.nanoTime = nanoTime;
    }

    public T get(TenantId tenant) {
        long now = nanoTime.getAsLong();
        var entry = entries.get(tenant);
        if (entry == null || now - entry.loadedAt() >= ttlNanos) {
            entry = new Entry<>(loader.apply(tenant), now);
            entries.put(tenant, entry);
        }
        return entry.value();
    }

    public void forget(TenantId tenant) {
        entries.remove(tenant);
    }
}
