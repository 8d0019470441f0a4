package io.shopdesk.conversation.internal;

import io.shopdesk.shared.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Customer attributes a shop passes when a conversation starts (such as {@code tier=VIP}), for handoff rules and the
 * agent: at most ten, keys of letters, digits, {@code _.-} (up to 40), values of up to 100 characters without line
 * breaks. Stored one {@code key=value} per line.
 */
public final class ConversationAttributes {

    public static final int MAX_ATTRIBUTES = 10;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern VALUE = Pattern.compile("[^\\r\\n]{0,100}");

    private ConversationAttributes() {}

    /** Checks attributes from a client: a clear field error for anything out of bounds. */
    public static Map<String, String> validated(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw BusinessRuleException.onField("attributes", "chat.error.attributes-too-many", MAX_ATTRIBUTES);
        }
        var checked = new LinkedHashMap<String, String>();
        attributes.forEach((key, value) -> {
            if (key == null
                    || !KEY.matcher(key).matches()
                    || value == null
                    || !VALUE.matcher(value).matches()) {
                throw BusinessRuleException.onField("attributes", "chat.error.attribute-invalid");
            }
            checked.put(key, value.strip());
        });
        return checked;
    }

    static String encode(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        var text = new StringBuilder();
        attributes.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    public static Map<String, String> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Map.of();
        }
        var attributes = new LinkedHashMap<String, String>();
        for (String line : stored.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                attributes.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return attributes;
    }
}
