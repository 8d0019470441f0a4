package io.shopdesk.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opening hours such as {@code MON-FRI 09:00-18:00; SAT 10:00-16:00 Asia/Shanghai}: spans of days and times
 * separated by {@code ;}, then the time zone. Days are {@code MON}..{@code SUN}, a range ({@code MON-FRI}) or a list
 * ({@code MON,WED}); the end time is exclusive. A value shared by the handoff rule {@code OUTSIDE_BUSINESS_HOURS}
 * and a web widget channel's business hours, so both read the same syntax.
 */
public record BusinessHours(List<Span> spans, ZoneId zone) {

    public record Span(Set<DayOfWeek> days, LocalTime from, LocalTime until) {}

    public BusinessHours {
        spans = List.copyOf(spans);
    }

    /** Parses the text, or throws {@link IllegalArgumentException} saying what is wrong. */
    public static BusinessHours parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int lastSpace = trimmed.lastIndexOf(' ');
        if (lastSpace < 0) {
            throw new IllegalArgumentException("expected days, hours and a time zone");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(trimmed.substring(lastSpace + 1));
        } catch (RuntimeException unknown) {
            throw new IllegalArgumentException("unknown time zone " + trimmed.substring(lastSpace + 1));
        }
        var spans = new ArrayList<Span>();
        for (String part : trimmed.substring(0, lastSpace).split(";")) {
            String[] fields = part.strip().split("\\s+");
            if (fields.length != 2) {
                throw new IllegalArgumentException("expected DAYS HH:MM-HH:MM, got " + part.strip());
            }
            String[] times = fields[1].split("-");
            if (times.length != 2) {
                throw new IllegalArgumentException("expected HH:MM-HH:MM, got " + fields[1]);
            }
            try {
                spans.add(new Span(days(fields[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            } catch (DateTimeParseException bad) {
                throw new IllegalArgumentException("expected HH:MM-HH:MM, got " + fields[1]);
            }
        }
        return new BusinessHours(spans, zone);
    }

    public boolean isOpen(Instant at) {
        var local = at.atZone(zone);
        var time = local.toLocalTime();
        return spans.stream()
                .anyMatch(span -> span.days().contains(local.getDayOfWeek())
                        && !time.isBefore(span.from())
                        && time.isBefore(span.until()));
    }

    private static Set<DayOfWeek> days(String text) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(text.toUpperCase(Locale.ROOT)) && text.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day " + text);
    }
}
