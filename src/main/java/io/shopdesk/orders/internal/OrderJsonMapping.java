package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderDetails;
import io.shopdesk.orders.OrderFieldMapping;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Reads the mapped fields of an order system's JSON response. A path is a JSON pointer ({@code /shipment/carrier})
 * or a dotted path ({@code shipment.carrier}, {@code events[0].time}); a value that is missing, {@code null} or
 * blank is {@code null}, a number or boolean is its text, an object or array its compact JSON.
 */
public final class OrderJsonMapping {

    private static final Pattern DOTTED =
            Pattern.compile("[\\p{L}\\p{N}_-]+(\\[[0-9]{1,4}])*(\\.[\\p{L}\\p{N}_-]+(\\[[0-9]{1,4}])*)*");
    private static final int MAX_PATH = 200;

    private OrderJsonMapping() {}

    /** Whether the path can be read: a JSON pointer or a dotted path of up to 200 characters. */
    public static boolean isValidPath(String path) {
        if (path == null || path.isBlank() || path.length() > MAX_PATH) {
            return false;
        }
        if (path.startsWith("/")) {
            try {
                JsonPointer.compile(path);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return DOTTED.matcher(path).matches();
    }

    /** The order in the response, or empty when the mapped status is missing. */
    public static Optional<OrderDetails> order(JsonNode root, String orderNumber, OrderFieldMapping mapping) {
        String status = read(root, mapping.status());
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new OrderDetails(
                orderNumber,
                status,
                read(root, mapping.carrier()),
                read(root, mapping.trackingNumber()),
                read(root, mapping.estimatedDelivery()),
                read(root, mapping.lastUpdate())));
    }

    /** The value at the path, or {@code null}. */
    public static String read(JsonNode root, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        JsonNode node = root.at(pointer(path.strip()));
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = node.isValueNode() ? node.asString() : node.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    static JsonPointer pointer(String path) {
        if (path.startsWith("/")) {
            return JsonPointer.compile(path);
        }
        var pointer = new StringBuilder();
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            if (bracket >= 0) {
                for (String index : segment.substring(bracket + 1).split("\\[")) {
                    pointer.append('/').append(index.replace("]", ""));
                }
            }
        }
        return JsonPointer.compile(pointer.toString());
    }
}
