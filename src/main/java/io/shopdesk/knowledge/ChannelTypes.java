package io.shopdesk.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The channel types an answer may have a variant for. Variants are keyed by the type's name, so channel types added
 * later work without a change here; {@link #KNOWN} are the ones the console offers.
 */
public final class ChannelTypes {

    public static final String WEB = "WEB";
    public static final String API = "API";
    public static final String WECHAT = "WECHAT";
    public static final String TELEGRAM = "TELEGRAM";
    public static final String WEBHOOK = "WEBHOOK";

    public static final List<String> KNOWN = List.of(WEB, API, WECHAT, TELEGRAM, WEBHOOK);

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private ChannelTypes() {}

    /** The canonical (upper-case) form of a channel type name. */
    public static String normalize(String channelType) {
        return channelType == null ? "" : channelType.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String channelType) {
        return NAME.matcher(normalize(channelType)).matches();
    }
}
