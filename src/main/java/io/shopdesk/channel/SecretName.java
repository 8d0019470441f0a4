package io.shopdesk.channel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secrets a channel type keeps, encrypted at rest and shown only masked after they were set. Generated secrets
 * are made by ShopDesk and shown once when the channel is created; the others come from the messenger platform
 * and are entered by the admin.
 */
public enum SecretName {
    /** HMAC-SHA256 key of a webhook channel: signs outbound deliveries and verifies inbound messages. */
    WEBHOOK_SIGNING_SECRET(ChannelType.WEBHOOK, true, true, null),
    /** The token entered in the WeChat Official Account's server settings (3-32 letters or digits). */
    WECHAT_TOKEN(ChannelType.WECHAT, false, true, "[A-Za-z0-9]{3,32}"),
    /** The EncodingAESKey of WeChat's secure mode (43 letters or digits); without it plain-text mode only. */
    WECHAT_AES_KEY(ChannelType.WECHAT, false, false, "[A-Za-z0-9]{43}"),
    /**
     * The Official Account's AppID ({@code wx} and 16 hex digits). Not secret in itself, but kept with the AppSecret
     * it belongs to, so the pair that fetches access tokens is stored and shown in one way.
     */
    WECHAT_APP_ID(ChannelType.WECHAT, false, true, "wx[0-9a-f]{16}"),
    /** The Official Account's AppSecret (32 letters or digits): fetches the access tokens of outbound messages. */
    WECHAT_APP_SECRET(ChannelType.WECHAT, false, true, "[A-Za-z0-9]{32}"),
    /** The Telegram bot's token from BotFather. */
    TELEGRAM_BOT_TOKEN(ChannelType.TELEGRAM, false, true, "[0-9]{3,20}:[A-Za-z0-9_-]{30,64}"),
    /** The secret_token given to Telegram's setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
    TELEGRAM_WEBHOOK_SECRET(ChannelType.TELEGRAM, true, true, null);

    private final ChannelType type;
    private final boolean generated;
    private final boolean required;
    private final Pattern format;

    SecretName(ChannelType type, boolean generated, boolean required, String format) {
        this.type = type;
        this.generated = generated;
        this.required = required;
        this.format = format == null ? null : Pattern.compile(format);
    }

    public ChannelType type() {
        return type;
    }

    /** Whether ShopDesk generates this secret (shown once at creation) rather than the admin entering it. */
    public boolean generated() {
        return generated;
    }

    public boolean required() {
        return required;
    }

    /**
     * The form field an entered secret belongs to, such as {@code wechatToken}: field errors of {@link
     * ChannelManagement#createChannel} name it, and forms use it to show the error on the right field.
     */
    public String field() {
        var parts = name().toLowerCase(Locale.ROOT).split("_");
        var field = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return field.toString();
    }

    /** Whether an entered value has the platform's format. */
    public boolean accepts(String value) {
        return value != null && format != null && format.matcher(value).matches();
    }
}
