package io.shopdesk.channel;

import java.util.List;
import java.util.Map;

/**
 * A channel to create.
 *
 * @param allowedOrigins origins such as {@code https://shop.example} (scheme, host, optional port) that may use a
 *     web widget's key from a browser; empty allows any
 * @param greeting the channel's own greeting, or {@code null} for the tenant's
 * @param outboundUrl where a webhook channel delivers bot and agent messages ({@code https://}); null otherwise
 * @param secrets the secrets the admin enters for the type (WeChat token and AES key, Telegram bot token);
 *     generated ones are ignored here
 */
public record ChannelDraft(
        ChannelType type,
        String name,
        List<String> allowedOrigins,
        String greeting,
        String outboundUrl,
        Map<SecretName, String> secrets) {

    public ChannelDraft {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    public ChannelDraft(ChannelType type, String name, List<String> allowedOrigins, String greeting) {
        this(type, name, allowedOrigins, greeting, null, Map.of());
    }

    @Override
    public String toString() {
        return "ChannelDraft[type=" + type + ", name=" + name + ", secrets=" + secrets.keySet() + "]";
    }
}
