package io.shopdesk.channel;

import io.shopdesk.shared.TenantId;
import java.util.List;

/**
 * Who a valid channel key speaks for: the tenant, the channel and what the chat runtime needs of its settings.
 *
 * @param allowedOrigins web origins ({@code https://shop.example}) a browser may call from; empty allows any
 * @param greetingOverride the channel's own greeting, or {@code null} to use the tenant's
 * @param appearance a web widget's colour and business hours ({@link WidgetAppearance#DEFAULT} for other types)
 */
public record ChannelIdentity(
        TenantId tenant,
        long channelId,
        ChannelType type,
        String name,
        List<String> allowedOrigins,
        String greetingOverride,
        WidgetAppearance appearance) {

    public ChannelIdentity {
        allowedOrigins = List.copyOf(allowedOrigins);
        appearance = appearance == null ? WidgetAppearance.DEFAULT : appearance;
    }

    public ChannelIdentity(
            TenantId tenant,
            long channelId,
            ChannelType type,
            String name,
            List<String> allowedOrigins,
            String greetingOverride) {
        this(tenant, channelId, type, name, allowedOrigins, greetingOverride, WidgetAppearance.DEFAULT);
    }

    /** Whether a browser on the given origin may use this channel (requests without an origin are not browsers). */
    public boolean allowsOrigin(String origin) {
        return origin == null || allowedOrigins.isEmpty() || allowedOrigins.contains(origin);
    }
}
