package io.shopdesk.channel;

import io.shopdesk.channel.internal.ConnectorLookup;
import io.shopdesk.shared.TenantId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds the channel an inbound platform request is addressed to by the endpoint id in its URL. Needs no tenant
 * context (the endpoint names it); finds only active channels of the expected type, so a revoked channel's endpoint
 * answers "not found" at once. The endpoint id only routes: adapters must still check the platform's signature.
 */
@Service
public class ConnectorDirectory {

    private final ConnectorLookup lookup;

    ConnectorDirectory(ConnectorLookup lookup) {
        this.lookup = lookup;
    }

    public Optional<ConnectorChannel> find(ChannelType type, String endpointId) {
        if (endpointId == null || !endpointId.matches("[a-z0-9]{20}")) {
            return Optional.empty();
        }
        return lookup.find(type, endpointId);
    }

    /**
     * A tenant's active connector channel by its id, for messages ShopDesk sends on its own (the connectors'
     * outbox); empty when the channel was revoked or is not a connector channel.
     */
    public Optional<ConnectorChannel> find(TenantId tenant, long channelId) {
        return lookup.find(tenant, channelId);
    }
}
