package io.shopdesk.shared;

import java.util.Arrays;

/**
 * A request broke a rule of the product (a duplicate slug, an exhausted quota, a suspended tenant). Carries an
 * i18n message key and its arguments so the console and the HTTP API can show the user a clear, translated
 * message; the optional field names the form field the message belongs to.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** A rule broken by the value of one form field. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field the message belongs to, or {@code null} for a message about the whole request. */
    public String field() {
        return field;
    }
}
