package io.shopdesk.channel.ui;

import io.shopdesk.channel.ChannelSummary;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a channel is reached from outside, written against the server's public base URL: the inbound URL a
 * platform calls (the paths of {@code io.shopdesk.connector}'s adapters, documented in docs/channels.md) and the
 * widget's embed tag, in the form README.md and the demo shop pages use.
 *
 * @param baseUrl scheme, host, optional port and context path, without a trailing slash
 */
record ChannelAddresses(String baseUrl) {

    static final String INBOUND_BASE = "/api/channels/v1";

    ChannelAddresses {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The URL the channel's platform calls; empty for keyed types and channels without an endpoint id. */
    Optional<String> inboundUrl(ChannelSummary channel) {
        if (channel.endpointId() == null || channel.endpointId().isEmpty()) {
            return Optional.empty();
        }
        return switch (channel.type()) {
            case WEBHOOK -> Optional.of(baseUrl + INBOUND_BASE + "/webhook/" + channel.endpointId() + "/messages");
            case WECHAT -> Optional.of(baseUrl + INBOUND_BASE + "/wechat/" + channel.endpointId());
            case TELEGRAM -> Optional.of(baseUrl + INBOUND_BASE + "/telegram/" + channel.endpointId());
            case WEB_WIDGET, API -> Optional.empty();
        };
    }

    /**
     * The tag a merchant pastes into the shop page, as in README.md: the widget script from this server, the
     * publishable key and the widget's language (en or zh-CN).
     */
    String widgetSnippet(String key, Locale locale) {
        String widgetLocale = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
        return "<script src=\"" + baseUrl + "/widget/shopdesk-widget.js\" data-channel-key=\"" + key
                + "\" data-locale=\"" + widgetLocale + "\" defer></script>";
    }
}
