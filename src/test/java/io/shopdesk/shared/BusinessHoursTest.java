package io.shopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    @Test
    void spans_of_days_and_times_in_the_zone_are_open_with_an_exclusive_end() {
        var hours = BusinessHours.parse("MON-FRI 09:00-18:00; SAT,SUN 10:00-12:00 Asia/Shanghai");

        assertThat(hours.isOpen(Instant.parse("2026-12-02T01:00:00Z")))
                .as("Wed 09:00")
                .isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-12-02T00:59:00Z")))
                .as("Wed 08:59")
                .isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-12-02T10:00:00Z")))
                .as("Wed 18:00")
                .isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-12-06T03:00:00Z")))
                .as("Sun 11:00")
                .isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-12-06T05:00:00Z")))
                .as("Sun 13:00")
                .isFalse();
    }

    @Test
    void unreadable_hours_say_what_is_wrong() {
        assertThatThrownBy(() -> BusinessHours.parse("MON-FRI 09:00-18:00 Mars/Olympus"))
                .hasMessageContaining("time zone");
        assertThatThrownBy(() -> BusinessHours.parse("MONDAY-FRY 09:00-18:00 UTC"))
                .hasMessageContaining("unknown day");
        assertThatThrownBy(() -> BusinessHours.parse("MON-FRI 9-18 UTC")).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> BusinessHours.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
