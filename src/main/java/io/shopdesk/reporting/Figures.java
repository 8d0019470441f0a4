package io.shopdesk.reporting;

import io.shopdesk.reporting.ReportSummary.Costs;
import io.shopdesk.reporting.ReportSummary.MonthFigures;
import io.shopdesk.reporting.ReportSummary.Satisfaction;
import io.shopdesk.reporting.internal.RollupQueries.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arithmetic of reports: rates, averages and the cost model over roll-up totals. */
final class Figures {

    static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private Figures() {}

    static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static Optional<Duration> average(long totalMillis, long count) {
        return count == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round((double) totalMillis / count)));
    }

    static Satisfaction satisfaction(long count, long sum) {
        return new Satisfaction(count, count == 0 ? Optional.empty() : Optional.of((double) sum / count));
    }

    static Costs costs(CostSettings settings, Totals totals) {
        var total = cost(settings, totals);
        return new Costs(settings, total, savings(settings, totals), perResolution(total, resolved(totals)));
    }

    static List<MonthFigures> trend(CostSettings settings, Map<YearMonth, Totals> byMonth) {
        var months = new ArrayList<MonthFigures>();
        if (byMonth.isEmpty()) {
            return months;
        }
        var first = byMonth.keySet().iterator().next();
        var last = byMonth.keySet().stream().reduce((a, b) -> b).orElseThrow();
        BigDecimal previous = null;
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            var totals = byMonth.getOrDefault(month, NONE);
            var cost = cost(settings, totals);
            Optional<Double> change = previous == null || previous.signum() == 0
                    ? Optional.empty()
                    : Optional.of(cost.subtract(previous)
                            .divide(previous, 6, RoundingMode.HALF_UP)
                            .doubleValue());
            months.add(new MonthFigures(
                    month,
                    totals.conversations(),
                    resolved(totals),
                    rate(totals.resolvedByBot(), totals.conversations()),
                    cost,
                    savings(settings, totals),
                    perResolution(cost, resolved(totals)),
                    change));
            previous = cost;
        }
        return months;
    }

    private static long resolved(Totals totals) {
        return totals.resolvedByBot() + totals.resolvedByAgent();
    }

    private static BigDecimal cost(CostSettings settings, Totals totals) {
        long botOnly = totals.conversations() - totals.agentHandled();
        return settings.agentConversation()
                .multiply(BigDecimal.valueOf(totals.agentHandled()))
                .add(settings.botConversation().multiply(BigDecimal.valueOf(botOnly)));
    }

    private static BigDecimal savings(CostSettings settings, Totals totals) {
        return settings.agentConversation()
                .subtract(settings.botConversation())
                .multiply(BigDecimal.valueOf(totals.resolvedByBot()));
    }

    private static Optional<BigDecimal> perResolution(BigDecimal cost, long resolved) {
        return resolved == 0
                ? Optional.empty()
                : Optional.of(cost.divide(BigDecimal.valueOf(resolved), 4, RoundingMode.HALF_UP));
    }
}
