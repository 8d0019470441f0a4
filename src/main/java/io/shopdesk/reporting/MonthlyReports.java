package io.shopdesk.reporting;

import io.shopdesk.reporting.ReportSummary.MonthFigures;
import io.shopdesk.reporting.ReportSummary.Satisfaction;
import io.shopdesk.reporting.internal.CostSettingsStore;
import io.shopdesk.reporting.internal.MonthlyReportDocument;
import io.shopdesk.reporting.internal.MonthlyReportDocument.Cell;
import io.shopdesk.reporting.internal.MonthlyReportRenderer;
import io.shopdesk.reporting.internal.ReportTexts;
import io.shopdesk.reporting.internal.RollupQueries;
import io.shopdesk.reporting.internal.RollupQueries.Totals;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.tenant.TenantManagement;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in tenant's monthly cost-and-satisfaction report as PDF or XLSX, in the reader's language (zh-CN or
 * English): the month's key figures beside the previous month's, handoffs by reason, and the six months up to the
 * report month. Figures come from {@link ConversationReports} and the roll-ups, so they are the dashboard's.
 */
@Service
public class MonthlyReports {

    /** How many months the month-over-month table shows, the report month included. */
    public static final int TREND_MONTHS = 6;

    private static final String DASH = "–";

    private final ConversationReports reports;
    private final RollupQueries rollups;
    private final CostSettingsStore costs;
    private final TenantManagement tenants;
    private final MonthlyReportRenderer renderer;
    private final Clock clock;

    MonthlyReports(
            ConversationReports reports,
            RollupQueries rollups,
            CostSettingsStore costs,
            TenantManagement tenants,
            MonthlyReportRenderer renderer,
            Clock clock) {
        this.reports = reports;
        this.rollups = rollups;
        this.costs = costs;
        this.tenants = tenants;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Reads a month written as {@code YYYY-MM}; anything else is refused with a message on the field "month". */
    public static YearMonth parseMonth(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            throw BusinessRuleException.onField("month", "reporting.monthly.month-invalid");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException invalid) {
            throw BusinessRuleException.onField("month", "reporting.monthly.month-invalid");
        }
    }

    /** The month if a report can be made for it: this month (so far) or an earlier one, from the year 2000 on. */
    public YearMonth checkMonth(YearMonth month) {
        if (month == null || month.getYear() < 2000) {
            throw BusinessRuleException.onField("month", "reporting.monthly.month-invalid");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw BusinessRuleException.onField("month", "reporting.monthly.month-future", month.toString());
        }
        return month;
    }

    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public void write(YearMonth month, ReportFormat format, Locale locale, OutputStream out) {
        renderer.render(document(checkMonth(month), locale), format, out);
    }

    private MonthlyReportDocument document(YearMonth month, Locale locale) {
        var texts = ReportTexts.of(locale);
        var format = new Formats(texts.locale());
        var current = reports.summary(ReportFilter.month(month));
        var previous = reports.summary(ReportFilter.month(month.minusMonths(1)));
        String currency = current.costs().settings().currency();
        var rows = new MonthlyReportDocument.Rows();

        rows.section(texts.t("reporting.monthly.section.figures"))
                .header(
                        texts.t("reporting.monthly.column.figure"),
                        month.toString(),
                        month.minusMonths(1).toString());
        rows.figures(
                texts.t("reporting.kpi.conversations"),
                format.count(current.outcomes().conversations()),
                format.count(previous.outcomes().conversations()));
        rows.figures(
                texts.t("reporting.kpi.automation"),
                format.percent(current.automationRate()),
                format.percent(previous.automationRate()));
        rows.figures(
                texts.t("reporting.kpi.resolution"),
                format.percent(current.resolutionRate()),
                format.percent(previous.resolutionRate()));
        rows.figures(
                texts.t("reporting.kpi.handoff"),
                format.percent(current.handoffRate()),
                format.percent(previous.handoffRate()));
        rows.figures(
                texts.t("reporting.kpi.csat-bot"), format.csat(current.csatBot()), format.csat(previous.csatBot()));
        rows.figures(
                texts.t("reporting.kpi.csat-agent"),
                format.csat(current.csatAgent()),
                format.csat(previous.csatAgent()));
        rows.figures(
                texts.t("reporting.kpi.first-response"),
                format.seconds(current.averageFirstResponse()),
                format.seconds(previous.averageFirstResponse()));
        rows.figures(
                texts.t("reporting.kpi.cost"),
                format.money(current.costs().total()),
                format.money(previous.costs().total()));
        rows.figures(
                texts.t("reporting.kpi.savings"),
                format.money(current.costs().savings()),
                format.money(previous.costs().savings()));
        rows.figures(
                texts.t("reporting.kpi.cost-per-resolution"),
                format.money(current.costs().costPerResolution()),
                format.money(previous.costs().costPerResolution()));

        rows.section(texts.t("reporting.chart.handoffs"))
                .header(
                        texts.t("reporting.monthly.column.reason"),
                        texts.t("reporting.kpi.conversations"),
                        texts.t("reporting.monthly.column.share"));
        if (current.handoffsByReason().isEmpty()) {
            rows.row(texts.t("reporting.monthly.no-handoffs"));
        }
        current.handoffsByReason()
                .forEach(reason -> rows.figures(
                        reason.reason(), format.count(reason.conversations()), format.percent(reason.rate())));

        rows.section(texts.t("reporting.monthly.section.trend"))
                .header(
                        texts.t("reporting.monthly.column.month"),
                        texts.t("reporting.kpi.conversations"),
                        texts.t("reporting.kpi.automation"),
                        texts.t("reporting.kpi.cost"),
                        texts.t("reporting.kpi.savings"),
                        texts.t("reporting.kpi.cost-per-resolution"),
                        texts.t("reporting.monthly.column.change"));
        for (MonthFigures figures : trend(month)) {
            rows.figures(
                    figures.month().toString(),
                    format.count(figures.conversations()),
                    format.percent(figures.automationRate()),
                    format.money(figures.cost()),
                    format.money(figures.savings()),
                    format.money(figures.costPerResolution()),
                    figures.costChange().map(format::signedPercent).orElse(Cell.text(DASH)));
        }

        var tenant = tenants.ownTenant();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("title", texts.t("reporting.monthly.title"));
        parameters.put("subtitle", texts.t("reporting.monthly.subtitle", tenant.name(), month.toString(), currency));
        parameters.put(
                "generated",
                texts.t(
                        "reporting.monthly.generated",
                        LocalDateTime.now(clock).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        return new MonthlyReportDocument(texts.locale(), parameters, rows.list());
    }

    /** The report month and the months before it, every month listed even without conversations. */
    private Iterable<MonthFigures> trend(YearMonth month) {
        var tenant = TenantContext.require();
        var first = month.minusMonths(TREND_MONTHS - 1L);
        var found = rollups.totalsByMonth(tenant, ReportFilter.allChannels(first.atDay(1), month.atEndOfMonth()));
        var byMonth = new LinkedHashMap<YearMonth, Totals>();
        for (var m = first; !m.isAfter(month); m = m.plusMonths(1)) {
            byMonth.put(m, found.getOrDefault(m, Figures.NONE));
        }
        return Figures.trend(costs.of(tenant), byMonth);
    }

    /**
     * Numbers as the report prints them for one locale, each with its value and pattern for a numeric XLSX cell;
     * {@code –} for a figure that was not measured.
     */
    private record Formats(Locale locale) {

        /**
         * Seconds with the unit, as Excel and {@link java.text.DecimalFormat} both read it: backslashes make the
         * space and the "s" literal (a quoted suffix would end up unescaped in the XLSX styles, which breaks them).
         */
        private static final String SECONDS = "0.0\\ \\s";

        Cell count(long value) {
            return Cell.number(
                    value, "#,##0", NumberFormat.getIntegerInstance(locale).format(value));
        }

        Cell percent(double rate) {
            return Cell.number(rate, "0.0%", percentText(rate));
        }

        Cell signedPercent(double rate) {
            return Cell.number(rate, "+0.0%;-0.0%", (rate > 0 ? "+" : "") + percentText(rate));
        }

        Cell csat(Satisfaction satisfaction) {
            return Cell.text(satisfaction
                    .average()
                    .map(avg -> BigDecimal.valueOf(avg).setScale(2, RoundingMode.HALF_UP) + " ("
                            + satisfaction.ratings() + ")")
                    .orElse(DASH));
        }

        Cell seconds(Optional<Duration> duration) {
            return duration.map(d -> {
                        var seconds = BigDecimal.valueOf(d.toMillis(), 3).setScale(1, RoundingMode.HALF_UP);
                        return Cell.number(seconds.doubleValue(), SECONDS, seconds.toPlainString() + " s");
                    })
                    .orElse(Cell.text(DASH));
        }

        Cell money(BigDecimal amount) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            format.setRoundingMode(RoundingMode.HALF_UP);
            var rounded = amount.setScale(2, RoundingMode.HALF_UP);
            return Cell.number(rounded.doubleValue(), "#,##0.00", format.format(rounded));
        }

        Cell money(Optional<BigDecimal> amount) {
            return amount.map(this::money).orElse(Cell.text(DASH));
        }

        private String percentText(double rate) {
            var format = NumberFormat.getPercentInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(rate);
        }
    }
}
