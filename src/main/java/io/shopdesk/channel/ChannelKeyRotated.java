package io.shopdesk.channel;

import io.shopdesk.shared.TenantId;

/** A channel got a new key; its previous keys no longer work. */
public record ChannelKeyRotated(TenantId tenant, long channelId) {}
