package io.shopdesk.reporting.internal;

import io.shopdesk.reporting.ReportFilter;
import io.shopdesk.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the roll-ups (never the fact rows) for one tenant and filter, or summed per tenant for platform staff. */
@Component
public class RollupQueries {

    private static final String SUMS = """
            COALESCE(SUM(conversations), 0), COALESCE(SUM(resolved_by_bot), 0), COALESCE(SUM(resolved_by_agent), 0),
            COALESCE(SUM(handed_off), 0), COALESCE(SUM(abandoned), 0), COALESCE(SUM(reopened), 0),
            COALESCE(SUM(with_handoff), 0), COALESCE(SUM(agent_handled), 0), COALESCE(SUM(first_response_n), 0),
            COALESCE(SUM(first_response_ms), 0), COALESCE(SUM(duration_ms), 0), COALESCE(SUM(turns), 0),
            COALESCE(SUM(helpful_votes), 0), COALESCE(SUM(not_helpful_votes), 0), COALESCE(SUM(agent_handling_ms), 0),
            COALESCE(SUM(csat_bot_n), 0), COALESCE(SUM(csat_bot_sum), 0), COALESCE(SUM(csat_agent_n), 0),
            COALESCE(SUM(csat_agent_sum), 0)""";

    private final JdbcTemplate jdbc;

    RollupQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums of the daily roll-up's measures. */
    public record Totals(
            long conversations,
            long resolvedByBot,
            long resolvedByAgent,
            long handedOff,
            long abandoned,
            long reopened,
            long withHandoff,
            long agentHandled,
            long firstResponseCount,
            long firstResponseMs,
            long durationMs,
            long turns,
            long helpfulVotes,
            long notHelpfulVotes,
            long agentHandlingMs,
            long csatBotCount,
            long csatBotSum,
            long csatAgentCount,
            long csatAgentSum) {

        static Totals read(ResultSet rs, int first) throws SQLException {
            long[] v = new long[19];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(first + i);
            }
            return new Totals(
                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                    v[15], v[16], v[17], v[18]);
        }
    }

    public Totals totals(TenantId tenant, ReportFilter filter) {
        var where = new Where(tenant, filter);
        return jdbc.queryForObject(
                "SELECT " + SUMS + " FROM report_daily" + where.sql(), (rs, row) -> Totals.read(rs, 1), where.args());
    }

    public Map<LocalDate, Long> conversationsByDay(TenantId tenant, ReportFilter filter) {
        var where = new Where(tenant, filter);
        var result = new LinkedHashMap<LocalDate, Long>();
        jdbc.query(
                "SELECT day, SUM(conversations) FROM report_daily" + where.sql() + " GROUP BY day ORDER BY day",
                rs -> {
                    result.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                },
                where.args());
        return result;
    }

    public Map<String, Long> conversationsByCategory(TenantId tenant, ReportFilter filter) {
        return counts(
                "SELECT category, SUM(conversations) AS n FROM report_daily", " GROUP BY category", tenant, filter);
    }

    public Map<String, Long> handoffsByReason(TenantId tenant, ReportFilter filter) {
        return counts(
                "SELECT reason, SUM(conversations) AS n FROM report_handoff_daily", " GROUP BY reason", tenant, filter);
    }

    public long[] conversationsByHour(TenantId tenant, ReportFilter filter) {
        var where = new Where(tenant, filter);
        long[] hours = new long[24];
        jdbc.query(
                "SELECT hour, SUM(conversations) FROM report_hourly" + where.sql() + " GROUP BY hour",
                rs -> {
                    hours[rs.getInt(1)] = rs.getLong(2);
                },
                where.args());
        return hours;
    }

    /** The FAQ entries answered with most often, with their answer counts, most first. */
    public Map<Long, Long> topEntries(TenantId tenant, ReportFilter filter, int limit) {
        var where = new Where(tenant, filter);
        var result = new LinkedHashMap<Long, Long>();
        jdbc.query(
                "SELECT faq_entry_id, SUM(hits) AS n FROM report_topic_daily" + where.sql()
                        + " GROUP BY faq_entry_id HAVING n > 0 ORDER BY n DESC, faq_entry_id LIMIT " + limit,
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                },
                where.args());
        return result;
    }

    /** The questions the bot fell back on most often, most first. */
    public Map<String, Long> topUnanswered(TenantId tenant, ReportFilter filter, int limit) {
        var where = new Where(tenant, filter);
        var result = new LinkedHashMap<String, Long>();
        jdbc.query(
                "SELECT MAX(question), SUM(hits) AS n FROM report_unanswered_daily" + where.sql()
                        + " GROUP BY question_hash HAVING n > 0 ORDER BY n DESC, MAX(question) LIMIT " + limit,
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                },
                where.args());
        return result;
    }

    public Map<YearMonth, Totals> totalsByMonth(TenantId tenant, ReportFilter filter) {
        var where = new Where(tenant, filter);
        var result = new LinkedHashMap<YearMonth, Totals>();
        jdbc.query(
                "SELECT YEAR(day), MONTH(day), " + SUMS + " FROM report_daily" + where.sql()
                        + " GROUP BY YEAR(day), MONTH(day) ORDER BY YEAR(day), MONTH(day)",
                rs -> {
                    result.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), Totals.read(rs, 3));
                },
                where.args());
        return result;
    }

    /** Totals per tenant over a date range, every tenant: for platform staff only. */
    public Map<TenantId, Totals> totalsPerTenantAcrossTenants(LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<TenantId, Totals>();
        jdbc.query(
                "SELECT tenant_id, " + SUMS
                        + " FROM report_daily WHERE day BETWEEN ? AND ? GROUP BY tenant_id ORDER BY tenant_id",
                rs -> {
                    result.put(new TenantId(rs.getString(1)), Totals.read(rs, 2));
                },
                from,
                to);
        return result;
    }

    private Map<String, Long> counts(String select, String groupBy, TenantId tenant, ReportFilter filter) {
        var where = new Where(tenant, filter);
        var result = new LinkedHashMap<String, Long>();
        jdbc.query(
                select + where.sql() + groupBy + " HAVING n > 0 ORDER BY n DESC, 1",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                },
                where.args());
        return result;
    }

    private record Where(TenantId tenant, ReportFilter filter) {

        String sql() {
            return " WHERE tenant_id = ? AND day BETWEEN ? AND ?"
                    + (filter.channelId().isPresent() ? " AND channel_id = ?" : "");
        }

        Object[] args() {
            var args = new ArrayList<Object>(List.of(tenant.value(), filter.from(), filter.to()));
            filter.channelId().ifPresent(args::add);
            return args.toArray();
        }
    }
}
