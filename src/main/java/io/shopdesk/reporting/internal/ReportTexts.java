package io.shopdesk.reporting.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's translations ({@code vaadin-i18n/translations*.properties}) for documents made outside a UI, such as
 * the monthly report: Simplified Chinese for any zh locale, English otherwise. Arguments are formatted as the console
 * formats them (MessageFormat, only when there are arguments).
 */
public final class ReportTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ReportTexts of(Locale requested) {
        boolean chinese = requested != null && "zh".equals(requested.getLanguage());
        var locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new ReportTexts(ResourceBundle.getBundle(BUNDLE, chinese ? locale : Locale.ROOT, control), locale);
    }

    /** The locale the texts are in (and numbers should be formatted for). */
    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
