package io.shopdesk.channel;

/**
 * How customers reach the bot. A web widget's key is publishable (it sits in the shop page's HTML, guarded by the
 * channel's allowed origins); an API channel's key is a secret of the merchant's server. Webhook, WeChat and
 * Telegram channels have no key: their platform calls the channel's endpoint and proves itself with a signature
 * or token kept in the channel's encrypted secrets.
 */
public enum ChannelType {
    WEB_WIDGET("sdpk"),
    API("sdsk"),
    WEBHOOK(null),
    WECHAT(null),
    TELEGRAM(null);

    private final String keyPrefix;

    ChannelType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The start of every key of this type, so a leaked key is recognisable at a glance; null for keyless types. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** Whether the channel authenticates with a channel key (else with signatures at its endpoint). */
    public boolean usesKey() {
        return keyPrefix != null;
    }
}
