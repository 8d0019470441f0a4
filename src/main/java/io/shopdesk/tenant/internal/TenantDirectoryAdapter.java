package io.shopdesk.tenant.internal;

import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantReactivated;
import io.shopdesk.tenant.TenantStatus;
import io.shopdesk.tenant.TenantSuspended;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the security module about tenants. Every console request asks, so answers are cached briefly; a status
 * change made on this node takes effect at once, one made on another node within the cache time.
 */
@Component
class TenantDirectoryAdapter implements TenantDirectory {

    private final TenantRepository tenants;
    private final PlanCatalog plans;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    TenantDirectoryAdapter(
            TenantRepository tenants,
            PlanCatalog plans,
            Clock clock,
            @Value("${shopdesk.tenant.status-cache:5s}") Duration timeToLive) {
        this.tenants = tenants;
        this.plans = plans;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    @Override
    public Optional<TenantSummary> find(TenantId tenant) {
        Instant now = clock.instant();
        var cached = cache.get(tenant);
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.summary());
        }
        var summary = tenants.findById(tenant.value())
                .map(found -> new TenantSummary(
                        tenant,
                        found.name(),
                        found.status() == TenantStatus.ACTIVE,
                        plans.find(found.planCode()).orElseThrow().maxSeats(),
                        found.defaultLocale()));
        summary.ifPresent(value -> cache.put(tenant, new Cached(value, now.plus(timeToLive))));
        return summary;
    }

    @EventListener
    void on(TenantSuspended event) {
        cache.remove(event.tenant());
    }

    @EventListener
    void on(TenantReactivated event) {
        cache.remove(event.tenant());
    }

    /** Forgets a tenant whose plan or name changed. */
    void evict(TenantId tenant) {
        cache.remove(tenant);
    }

    private record Cached(TenantSummary summary, Instant expires) {}
}
