package io.shopdesk.channel;

import io.shopdesk.shared.TenantId;

/** A channel's settings (name, origins, greeting, look, outbound URL or secrets) were changed. */
public record ChannelSettingsChanged(TenantId tenant, long channelId) {}
