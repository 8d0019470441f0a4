package io.shopdesk.channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A channel as lists show it. {@code keyHint} is the public start of its current key, never the key itself;
 * {@code secretHints} shows each stored secret masked (its last four characters at most).
 *
 * @param endpointId the public id in the channel's inbound URL (webhook, WeChat, Telegram), or null
 * @param primaryColor a web widget's {@code #rrggbb}, or null for the widget's default
 * @param businessHours a web widget's business hours as entered, or null for none
 */
public record ChannelSummary(
        long id,
        ChannelType type,
        String name,
        ChannelStatus status,
        List<String> allowedOrigins,
        String greeting,
        String keyHint,
        Instant createdAt,
        String endpointId,
        String outboundUrl,
        Map<SecretName, String> secretHints,
        String primaryColor,
        String businessHours) {

    public ChannelSummary {
        allowedOrigins = List.copyOf(allowedOrigins);
        secretHints = Map.copyOf(secretHints);
    }
}
