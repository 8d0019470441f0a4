package io.shopdesk.engine.internal.matching;

import java.util.Locale;

/** The language a tenant's bot works in; it chooses the sentence encoder and the analyzer. */
public enum MatchLanguage {
    EN,
    ZH;

    /** Chinese for any zh locale (zh-CN, zh-TW, ...), English otherwise. */
    public static MatchLanguage of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
