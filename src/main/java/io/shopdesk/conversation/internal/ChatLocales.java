package io.shopdesk.conversation.internal;

import java.util.Locale;

/** The languages the bot speaks: English and Simplified Chinese. */
public final class ChatLocales {

    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";

    private ChatLocales() {}

    /**
     * The conversation's language: the one the customer asked for when the bot speaks it (any English, any
     * Simplified or unqualified Chinese), else the tenant's.
     */
    public static String resolve(String requested, String tenantLocale) {
        if (requested != null && !requested.isBlank() && requested.length() <= 35) {
            var locale = Locale.forLanguageTag(requested.strip().replace('_', '-'));
            if (locale.getLanguage().equals("en")) {
                return ENGLISH;
            }
            if (locale.getLanguage().equals("zh")
                    && !locale.getScript().equals("Hant")
                    && !locale.getCountry().equals("TW")
                    && !locale.getCountry().equals("HK")) {
                return CHINESE;
            }
        }
        return CHINESE.equals(tenantLocale) ? CHINESE : ENGLISH;
    }

    public static Locale toLocale(String chatLocale) {
        return CHINESE.equals(chatLocale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
