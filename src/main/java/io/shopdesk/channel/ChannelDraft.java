package io.shopdesk.channel;

import java.util.List;

/**
 * A channel to create.
 *
 * @param allowedOrigins origins such as {@code https://shop.example} (scheme, host, optional port) that may use a
 *     web widget's key from a browser; empty allows any
 * @param greeting the channel's own greeting, or {@code null} for the tenant's
 */
public record ChannelDraft(ChannelType type, String name, List<String> allowedOrigins, String greeting) {

    public ChannelDraft {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
