package io.shopdesk.channel;

import io.shopdesk.shared.TenantId;

/** A channel was revoked: none of its keys works any more. */
public record ChannelRevoked(TenantId tenant, long channelId) {}
