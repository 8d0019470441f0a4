package io.shopdesk.tenant;

import java.util.EnumMap;
import java.util.Map;

/** How much of each quota a tenant uses now (conversations: this calendar month, UTC). */
public record TenantUsage(Map<Quota, Long> values) {

    public TenantUsage {
        var copy = new EnumMap<Quota, Long>(Quota.class);
        for (Quota quota : Quota.values()) {
            copy.put(quota, values.getOrDefault(quota, 0L));
        }
        values = Map.copyOf(copy);
    }

    public long of(Quota quota) {
        return values.get(quota);
    }
}
