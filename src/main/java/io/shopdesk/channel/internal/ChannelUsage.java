package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.UsageMetric;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Active channels count towards the plan's channel quota. */
@Component
class ChannelUsage implements UsageMetric {

    private final ChannelManagement channels;

    ChannelUsage(ChannelManagement channels) {
        this.channels = channels;
    }

    @Override
    public Quota quota() {
        return Quota.CHANNELS;
    }

    @Override
    public long currentTenantUsage() {
        return channels.countActiveChannels();
    }

    @Override
    public Map<TenantId, Long> usageAcrossTenants() {
        return channels.activeChannelCountsAcrossTenants();
    }
}
