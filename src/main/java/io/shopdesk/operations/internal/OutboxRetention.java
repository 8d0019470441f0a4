package io.shopdesk.operations.internal;

import io.shopdesk.connector.MessageRetention;
import io.shopdesk.shared.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the connectors' outbox each tenant's conversation retention, so its copies of messages go no later. */
@Component
class OutboxRetention implements MessageRetention {

    private final DataProtectionStore settings;

    OutboxRetention(DataProtectionStore settings) {
        this.settings = settings;
    }

    @Override
    public Map<TenantId, Integer> retentionDaysAcrossTenants() {
        var days = new LinkedHashMap<TenantId, Integer>();
        settings.retentionsAcrossTenants().forEach(retention -> days.put(retention.tenant(), retention.days()));
        return days;
    }
}
