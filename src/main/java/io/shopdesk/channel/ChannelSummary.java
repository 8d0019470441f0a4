package io.shopdesk.channel;

import java.time.Instant;
import java.util.List;

/** A channel as lists show it. {@code keyHint} is the public start of its current key, never the key itself. */
public record ChannelSummary(
        long id,
        ChannelType type,
        String name,
        ChannelStatus status,
        List<String> allowedOrigins,
        String greeting,
        String keyHint,
        Instant createdAt) {

    public ChannelSummary {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
