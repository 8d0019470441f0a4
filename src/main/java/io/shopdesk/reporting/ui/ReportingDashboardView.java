package io.shopdesk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.reporting.ConversationExport;
import io.shopdesk.reporting.ConversationReports;
import io.shopdesk.reporting.MonthlyReports;
import io.shopdesk.reporting.ReportFilter;
import io.shopdesk.reporting.ReportSummary;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.StatCard;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** The tenant's conversation outcomes, satisfaction, volumes, hot topics and costs, with date and channel filters. */
@Route("reports")
@Menu(order = 40, title = "nav.reports", icon = "vaadin:chart")
@RolesAllowed(Roles.TENANT_ADMIN)
class ReportingDashboardView extends Main implements TranslatedTitle {

    static final Long ALL_CHANNELS = 0L;

    private final ConversationReports reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Long> channel = new Select<>();
    private final FlexLayout cards = new FlexLayout();
    private final EChart outcomes = new EChart("chart-outcomes");
    private final EChart handoffs = new EChart("chart-handoffs");
    private final EChart csat = new EChart("chart-csat");
    private final EChart byDay = new EChart("chart-by-day");
    private final EChart byHour = new EChart("chart-by-hour");
    private final EChart byWeekday = new EChart("chart-by-weekday");
    private final EChart trend = new EChart("chart-trend");
    private final Grid<ReportSummary.TopicCount> topics = new Grid<>();
    private final Grid<ReportSummary.QuestionCount> unanswered = new Grid<>();

    ReportingDashboardView(
            ConversationReports reports,
            ConversationExport export,
            MonthlyReports monthly,
            ChannelManagement channels,
            Clock clock) {
        this.reports = reports;
        addClassName("sd-page");
        var csv = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("conversations-" + from.getValue() + "-" + to.getValue() + ".csv");
                    event.setContentType(ConversationExport.MEDIA_TYPE);
                    export.writeCsv(currentFilter(), event.getOutputStream());
                },
                t("reporting.export.csv"));
        csv.setId("report-export-csv");
        csv.addClassName("sd-link-button");
        add(new ViewHeader(t("nav.reports"), t("reporting.dashboard.description"), csv));

        var today = LocalDate.now(clock);
        from.setLabel(t("reporting.filter.from"));
        from.setId("report-from");
        from.setValue(today.withDayOfMonth(1).minusMonths(2));
        to.setLabel(t("reporting.filter.to"));
        to.setId("report-to");
        to.setValue(today);
        var names = new LinkedHashMap<Long, String>();
        names.put(ALL_CHANNELS, t("reporting.filter.all-channels"));
        for (ChannelSummary summary : channels.channels()) {
            names.put(summary.id(), summary.name() + " (" + summary.type() + ")");
        }
        channel.setLabel(t("reporting.filter.channel"));
        channel.setId("report-channel");
        channel.setItems(names.keySet());
        channel.setItemLabelGenerator(names::get);
        channel.setValue(ALL_CHANNELS);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        channel.addValueChangeListener(change -> refresh());
        add(new HorizontalLayout(from, to, channel));
        add(new MonthlyReportDownloads(monthly, clock));

        cards.addClassName("sd-stat-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);
        var charts = new Div(outcomes, handoffs, csat, byDay, byHour, byWeekday, trend);
        charts.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(380px, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(charts);

        topics.addColumn(ReportSummary.TopicCount::question)
                .setHeader(t("reporting.topics.question"))
                .setFlexGrow(3);
        topics.addColumn(ReportSummary.TopicCount::answers).setHeader(t("reporting.topics.answers"));
        topics.setAllRowsVisible(true);
        topics.setEmptyStateText(t("reporting.empty"));
        unanswered
                .addColumn(ReportSummary.QuestionCount::question)
                .setHeader(t("reporting.unanswered.question"))
                .setFlexGrow(3);
        unanswered.addColumn(ReportSummary.QuestionCount::asked).setHeader(t("reporting.unanswered.asked"));
        unanswered.setAllRowsVisible(true);
        unanswered.setEmptyStateText(t("reporting.empty"));
        add(new H3(t("reporting.topics.title")), topics, new H3(t("reporting.unanswered.title")), unanswered);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.reports";
    }

    private void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        ReportSummary summary;
        try {
            summary = reports.summary(currentFilter());
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("from", from, "to", to));
            return;
        }
        showCards(summary);
        showCharts(summary);
        topics.setItems(summary.hotTopics());
        unanswered.setItems(summary.topUnanswered());
    }

    private ReportFilter currentFilter() {
        var selected = channel.getValue() == null || ALL_CHANNELS.equals(channel.getValue())
                ? Optional.<Long>empty()
                : Optional.of(channel.getValue());
        return new ReportFilter(from.getValue(), to.getValue(), selected);
    }

    private void showCards(ReportSummary summary) {
        var o = summary.outcomes();
        var costs = summary.costs();
        String currency = costs.settings().currency();
        cards.removeAll();
        cards.add(
                card("reporting.kpi.conversations", Long.toString(o.conversations())),
                card("reporting.kpi.automation", percent(summary.automationRate())),
                card("reporting.kpi.resolution", percent(summary.resolutionRate())),
                card("reporting.kpi.handoff", percent(summary.handoffRate())),
                card("reporting.kpi.csat-bot", average(summary.csatBot())),
                card("reporting.kpi.csat-agent", average(summary.csatAgent())),
                card("reporting.kpi.first-response", seconds(summary.averageFirstResponse())),
                card("reporting.kpi.cost", money(costs.total(), currency)),
                card("reporting.kpi.savings", money(costs.savings(), currency)),
                card(
                        "reporting.kpi.cost-per-resolution",
                        costs.costPerResolution().map(c -> money(c, currency)).orElse("–")));
    }

    private void showCharts(ReportSummary summary) {
        var o = summary.outcomes();
        var slices = new LinkedHashMap<String, Long>();
        slices.put(t("reporting.outcome.RESOLVED_BY_BOT"), o.resolvedByBot());
        slices.put(t("reporting.outcome.RESOLVED_BY_AGENT"), o.resolvedByAgent());
        slices.put(t("reporting.outcome.HANDED_OFF"), o.handedOff());
        slices.put(t("reporting.outcome.ABANDONED"), o.abandoned());
        outcomes.setOption(ChartOptions.pie(t("reporting.chart.outcomes"), slices));
        handoffs.setOption(ChartOptions.bars(
                t("reporting.chart.handoffs"),
                summary.handoffsByReason().stream()
                        .map(ReportSummary.ReasonCount::reason)
                        .toList(),
                summary.handoffsByReason().stream()
                        .map(ReportSummary.ReasonCount::conversations)
                        .toList()));
        csat.setOption(ChartOptions.bars(
                t("reporting.chart.csat"),
                List.of(t("reporting.csat.bot"), t("reporting.csat.agent")),
                List.of(
                        summary.csatBot().average().orElse(0.0),
                        summary.csatAgent().average().orElse(0.0))));
        byDay.setOption(ChartOptions.line(
                t("reporting.chart.by-day"),
                summary.volumeByDay().stream().map(d -> d.day().toString()).toList(),
                summary.volumeByDay().stream()
                        .map(ReportSummary.DayCount::conversations)
                        .toList()));
        byHour.setOption(ChartOptions.bars(
                t("reporting.chart.by-hour"),
                IntStream.range(0, 24).mapToObj(Integer::toString).toList(),
                summary.volumeByHour()));
        byWeekday.setOption(ChartOptions.bars(
                t("reporting.chart.by-weekday"),
                java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(day -> day.getDisplayName(TextStyle.SHORT, getLocale()))
                        .toList(),
                summary.volumeByWeekday()));
        var series = new LinkedHashMap<String, List<? extends Number>>();
        var months = new ArrayList<String>();
        summary.trend().forEach(month -> months.add(month.month().toString()));
        series.put(
                t("reporting.kpi.cost"),
                summary.trend().stream().map(m -> m.cost()).toList());
        series.put(
                t("reporting.kpi.savings"),
                summary.trend().stream().map(m -> m.savings()).toList());
        trend.setOption(ChartOptions.groupedBars(t("reporting.chart.trend"), months, series));
    }

    private StatCard card(String key, String value) {
        return new StatCard(t(key), value);
    }

    private String percent(double rate) {
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    private String average(ReportSummary.Satisfaction satisfaction) {
        return satisfaction
                .average()
                .map(avg ->
                        BigDecimal.valueOf(avg).setScale(2, RoundingMode.HALF_UP) + " (" + satisfaction.ratings() + ")")
                .orElse("–");
    }

    private static String seconds(Optional<Duration> duration) {
        return duration.map(d -> BigDecimal.valueOf(d.toMillis(), 3).setScale(1, RoundingMode.HALF_UP) + " s")
                .orElse("–");
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
