package io.shopdesk.knowledge;

import java.util.List;

/**
 * Something wrong with one field of an entry (or a row of an import file): the field or column it belongs to, an
 * i18n message key and its arguments.
 */
public record FaqProblem(String field, String messageKey, List<Object> arguments) {

    public FaqProblem {
        arguments = List.copyOf(arguments);
    }

    public static FaqProblem of(String field, String messageKey, Object... arguments) {
        return new FaqProblem(field, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
