package io.shopdesk.channel;

import java.util.List;
import java.util.Map;

/**
 * New settings for an existing channel ({@link ChannelEditing#change}); its type, key and endpoint stay. Checked
 * by the same rules as a new channel's; fields a type does not take are ignored.
 *
 * @param allowedOrigins a web widget's origins, such as {@code https://shop.example}; empty allows any
 * @param greeting the channel's own greeting, or {@code null} (blank) for the tenant's
 * @param outboundUrl a webhook's https URL, or a Telegram channel's own Bot API server (blank: api.telegram.org)
 * @param primaryColor a web widget's colour as {@code #rrggbb}, or {@code null} (blank) for the default
 * @param businessHours a web widget's business hours, e.g. {@code MON-FRI 09:00-18:00 Asia/Shanghai}, or
 *     {@code null} (blank) for none
 * @param newSecrets entered secrets to replace (WeChat token, AppSecret, Telegram bot token, ...); a secret not
 *     named keeps its stored value. Generated secrets are rotated with {@link ChannelEditing#rotateSecret} instead.
 */
public record ChannelSettings(
        String name,
        List<String> allowedOrigins,
        String greeting,
        String outboundUrl,
        String primaryColor,
        String businessHours,
        Map<SecretName, String> newSecrets) {

    public ChannelSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        newSecrets = newSecrets == null ? Map.of() : Map.copyOf(newSecrets);
    }

    /** The channel's current settings as a starting point for a change, replacing no secret. */
    public static ChannelSettings of(ChannelSummary channel) {
        return new ChannelSettings(
                channel.name(),
                channel.allowedOrigins(),
                channel.greeting(),
                channel.outboundUrl(),
                channel.primaryColor(),
                channel.businessHours(),
                Map.of());
    }

    @Override
    public String toString() {
        return "ChannelSettings[name=" + name + ", newSecrets=" + newSecrets.keySet() + "]";
    }
}
