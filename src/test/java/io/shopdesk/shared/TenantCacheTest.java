package io.shopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantCacheTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final TenantCache<String> cache = new TenantCache<>(
            Duration.ofSeconds(30), tenant -> tenant.value() + "-" + loads.incrementAndGet(), clock::get);

    @Test
    void a_value_is_loaded_once_per_tenant_while_it_is_fresh() {
        var one = new TenantId("one");
        assertThat(cache.get(one)).isEqualTo("one-1");
        clock.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get(one)).isEqualTo("one-1");
        assertThat(cache.get(new TenantId("two"))).isEqualTo("two-2");
    }

    @Test
    void a_change_made_on_another_replica_is_seen_once_the_entry_expired() {
        var one = new TenantId("one");
        cache.get(one);
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(cache.get(one)).isEqualTo("one-2");
    }

    @Test
    void a_forgotten_tenant_is_loaded_again_at_once() {
        var one = new TenantId("one");
        cache.get(one);
        cache.forget(one);
        assertThat(cache.get(one)).isEqualTo("one-2");
    }
}
