package io.shopdesk.channel;

import io.shopdesk.shared.BusinessHours;
import java.time.Instant;

/**
 * How a web widget channel looks and when people answer: what the widget needs and nothing more.
 *
 * @param primaryColor {@code #rrggbb} (lower case), or {@code null} for the widget's own colour
 * @param businessHours when agents answer, or {@code null} when the channel names none (never "outside")
 */
public record WidgetAppearance(String primaryColor, BusinessHours businessHours) {

    /** No colour of its own and no business hours. */
    public static final WidgetAppearance DEFAULT = new WidgetAppearance(null, null);

    /** Whether the given moment lies outside the channel's business hours; false when it has none. */
    public boolean outsideBusinessHours(Instant at) {
        return businessHours != null && !businessHours.isOpen(at);
    }
}
