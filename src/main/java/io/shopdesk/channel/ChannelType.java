package io.shopdesk.channel;

/**
 * How customers reach the bot. A web widget's key is publishable (it sits in the shop page's HTML, guarded by the
 * channel's allowed origins); an API channel's key is a secret of the merchant's server.
 */
public enum ChannelType {
    WEB_WIDGET("sdpk"),
    API("sdsk");

    private final String keyPrefix;

    ChannelType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The start of every key of this type, so a leaked key is recognisable at a glance. */
    public String keyPrefix() {
        return keyPrefix;
    }
}
