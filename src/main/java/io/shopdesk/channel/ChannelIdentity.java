package io.shopdesk.channel;

import io.shopdesk.shared.TenantId;
import java.util.List;

/**
 * Who a valid channel key speaks for: the tenant, the channel and what the chat runtime needs of its settings.
 *
 * @param allowedOrigins web origins ({@code https://shop.example}) a browser may call from; empty allows any
 * @param greetingOverride the channel's own greeting, or {@code null} to use the tenant's
 */
public record ChannelIdentity(
        TenantId tenant,
        long channelId,
        ChannelType type,
        String name,
        List<String> allowedOrigins,
        String greetingOverride) {

    public ChannelIdentity {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Whether a browser on the given origin may use this channel (requests without an origin are not browsers). */
    public boolean allowsOrigin(String origin) {
        return origin == null || allowedOrigins.isEmpty() || allowedOrigins.contains(origin);
    }
}
