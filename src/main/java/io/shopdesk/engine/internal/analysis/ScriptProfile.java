package io.shopdesk.engine.internal.analysis;

import io.shopdesk.engine.internal.matching.MatchLanguage;

/**
 * How many letters of a question belong to each writing system. A Chinese tenant expects Han characters (Latin
 * product names mixed in are normal); an English tenant expects Latin letters. Kana, Hangul, Cyrillic and other
 * scripts are foreign to both.
 */
public record ScriptProfile(int han, int kana, int hangul, int latin, int other) {

    public static ScriptProfile of(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        return new ScriptProfile(han, kana, hangul, latin, other);
    }

    static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    public int letters() {
        return han + kana + hangul + latin + other;
    }

    /**
     * The share of letters in a script the tenant's language does not use, 0 to 1. For Chinese tenants a question of
     * Latin letters only counts as half foreign: it may be a product name, or a question in English.
     */
    public double foreignShare(MatchLanguage language) {
        int letters = letters();
        if (letters == 0) {
            return 0;
        }
        if (language == MatchLanguage.ZH) {
            // Japanese mixes kanji with kana: any kana makes the whole question Japanese.
            if (kana > 0) {
                return Math.max(0.8, (double) (kana + hangul + other) / letters);
            }
            double foreign = (double) (hangul + other) / letters;
            return han == 0 && latin > 0 ? Math.max(foreign, 0.5) : foreign;
        }
        return (double) (han + kana + hangul + other) / letters;
    }
}
