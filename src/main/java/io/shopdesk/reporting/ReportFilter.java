package io.shopdesk.reporting;

import io.shopdesk.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The conversations a report covers: those started on the UTC days {@code from} to {@code to} (both included),
 * on one channel or on all of them.
 */
public record ReportFilter(LocalDate from, LocalDate to, Optional<Long> channelId) {

    /** The longest range one report may cover. */
    public static final long MAX_DAYS = 3 * 366;

    public ReportFilter {
        if (from == null || to == null) {
            throw BusinessRuleException.onField("from", "reporting.filter.range-required");
        }
        if (to.isBefore(from)) {
            throw BusinessRuleException.onField("to", "reporting.filter.range-reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw BusinessRuleException.onField("to", "reporting.filter.range-too-long", MAX_DAYS);
        }
        channelId = channelId == null ? Optional.empty() : channelId;
    }

    public static ReportFilter allChannels(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, Optional.empty());
    }

    public static ReportFilter month(java.time.YearMonth month) {
        return allChannels(month.atDay(1), month.atEndOfMonth());
    }
}
