package io.shopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The reports dashboard's data and the monthly PDF over 1,000,000 closed conversations of one tenant (run with
 * {@code ./mvnw -Pbench test -Dvaadin.skip}; not part of the normal test run). The generator writes fact rows with
 * multi-row inserts and builds the roll-ups from them in SQL, as the close listener would have kept them. Figures go
 * to {@code target/benchmarks/reporting.txt}.
 */
@IntegrationTest
@TestPropertySource(properties = "shopdesk.reports.warm-up=true") // as in production: the first report is warm too
class ReportingDashboardBenchmark {

    static final int CONVERSATIONS = Integer.getInteger("bench.reporting.conversations", 1_000_000);
    static final int BATCH = 2_000;
    static final LocalDate LAST_DAY = LocalDate.parse("2026-11-30");
    private static final Path REPORT = Path.of("target", "benchmarks", "reporting.txt");
    private static final String[] OUTCOMES = {"RESOLVED_BY_BOT", "RESOLVED_BY_AGENT", "HANDED_OFF", "ABANDONED"};
    private static final String[] CATEGORIES = {"", "订单 > 退货", "订单 > 发票", "配送", "配送 > 国际", "支付", "账户", "Promotions"};

    @Autowired
    TestUsers users;

    @Autowired
    ConversationReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MonthlyReports monthly;

    @Test
    void the_dashboard_data_of_a_year_over_a_million_conversations_takes_at_most_two_seconds() throws IOException {
        var shop = users.newTenant();
        String tenant = shop.id().value();
        long start = System.nanoTime();
        generate(tenant);
        long generated = System.nanoTime();
        rollUp(tenant);
        long rolledUp = System.nanoTime();
        long rollupRows =
                jdbc.queryForObject("SELECT COUNT(*) FROM report_daily WHERE tenant_id = ?", Long.class, tenant);
        report("Reporting dashboard over " + CONVERSATIONS + " conversations of one tenant (365 days, 2 channels, "
                + CATEGORIES.length + " categories), " + Runtime.getRuntime().availableProcessors() + " cores");
        report("  generate fact rows: " + seconds(generated - start) + " s; build roll-ups: "
                + seconds(rolledUp - generated) + " s (" + rollupRows + " daily roll-up rows)");

        var year = ReportFilter.allChannels(LAST_DAY.minusDays(364), LAST_DAY);
        var channel = new ReportFilter(LAST_DAY.minusDays(364), LAST_DAY, java.util.Optional.of(1L));
        for (var filter : List.of(year, channel)) {
            long[] millis = new long[7];
            ReportSummary summary = null;
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                summary = users.as(shop.admin(), () -> reports.summary(filter));
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            assertThat(summary.outcomes().conversations()).isPositive();
            long first = millis[0];
            Arrays.sort(millis, 1, millis.length);
            report("  dashboard data, " + (filter.channelId().isPresent() ? "one channel" : "all channels")
                    + ", 365 days: first " + first + " ms, then median " + millis[4] + " ms, max "
                    + millis[millis.length - 1] + " ms (" + summary.outcomes().conversations() + " conversations)");
            assertThat(millis[4]).isLessThanOrEqualTo(2_000);
        }
        monthlyPdf(shop);
    }

    /** The monthly PDF of the last month (about 83,000 conversations, 6-month trend), zh-CN, 7 times. */
    private void monthlyPdf(TestUsers.TestTenant shop) throws IOException {
        var month = java.time.YearMonth.from(LAST_DAY);
        long[] millis = new long[7];
        int size = 0;
        for (int i = 0; i < millis.length; i++) {
            var out = new java.io.ByteArrayOutputStream();
            long t0 = System.nanoTime();
            users.run(
                    shop.admin(),
                    () -> monthly.write(month, ReportFormat.PDF, java.util.Locale.SIMPLIFIED_CHINESE, out));
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            size = out.size();
        }
        long first = millis[0];
        Arrays.sort(millis, 1, millis.length);
        report("  monthly PDF " + month + " (zh-CN, " + size / 1024 + " KiB): first " + first
                + " ms (template compiled and fonts loaded at start-up), then median " + millis[4] + " ms, max "
                + millis[millis.length - 1] + " ms");
        assertThat(size).isGreaterThan(10_000);
        assertThat(first).isLessThanOrEqualTo(2_000);
        assertThat(millis[4]).isLessThanOrEqualTo(2_000);
    }

    private void generate(String tenant) {
        var random = new Random(42);
        var base = LAST_DAY.minusDays(364).atStartOfDay();
        var rows = new ArrayList<String>(BATCH);
        for (int i = 0; i < CONVERSATIONS; i++) {
            LocalDateTime started = base.plusSeconds(random.nextLong(365L * 24 * 3600));
            String outcome = OUTCOMES[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)];
            boolean agent = outcome.equals("RESOLVED_BY_AGENT");
            String reason =
                    agent || outcome.equals("HANDED_OFF") ? (random.nextBoolean() ? "'BUTTON'" : "'KEYWORD'") : "NULL";
            long duration = 30_000 + random.nextInt(1_800_000);
            String csat = random.nextInt(3) == 0 ? Integer.toString(1 + random.nextInt(5)) : "NULL";
            rows.add("('%s','b%d',%d,'WEB_WIDGET','%s','%s','%s',%s,%d,%d,%d,%d,0,%s,FALSE,%s,%s,NULL,'%s')"
                    .formatted(
                            tenant,
                            i,
                            1 + random.nextInt(2),
                            started,
                            started.plusNanos(duration * 1_000_000),
                            outcome,
                            reason,
                            500 + random.nextInt(5_000),
                            duration,
                            1 + random.nextInt(6),
                            random.nextInt(2),
                            agent ? Long.toString(60_000 + random.nextInt(900_000)) : "NULL",
                            csat,
                            csat.equals("NULL") ? "NULL" : (agent ? "TRUE" : "FALSE"),
                            CATEGORIES[random.nextInt(CATEGORIES.length)]));
            if (rows.size() == BATCH) {
                insert(rows);
            }
        }
        insert(rows);
    }

    private void insert(List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute("INSERT INTO report_conversation (tenant_id, conversation_id, channel_id, channel_type, "
                + "started_at, closed_at, outcome, handoff_reason, first_response_ms, duration_ms, turns, "
                + "helpful_votes, not_helpful_votes, agent_handling_ms, reopened, csat, csat_agent, top_faq_entry_id, "
                + "category) VALUES " + String.join(",", rows));
        rows.clear();
    }

    private void rollUp(String tenant) {
        jdbc.update("""
                INSERT INTO report_daily (tenant_id, day, channel_id, category, conversations, resolved_by_bot,
                    resolved_by_agent, handed_off, abandoned, reopened, with_handoff, agent_handled, first_response_n,
                    first_response_ms, duration_ms, turns, helpful_votes, not_helpful_votes, agent_handling_ms,
                    csat_bot_n, csat_bot_sum, csat_agent_n, csat_agent_sum)
                SELECT tenant_id, DATE(started_at), channel_id, category, COUNT(*),
                    SUM(outcome = 'RESOLVED_BY_BOT'), SUM(outcome = 'RESOLVED_BY_AGENT'), SUM(outcome = 'HANDED_OFF'),
                    SUM(outcome = 'ABANDONED'), SUM(reopened), SUM(handoff_reason IS NOT NULL),
                    SUM(agent_handling_ms IS NOT NULL), SUM(first_response_ms IS NOT NULL),
                    COALESCE(SUM(first_response_ms), 0), SUM(duration_ms), SUM(turns), SUM(helpful_votes),
                    SUM(not_helpful_votes), COALESCE(SUM(agent_handling_ms), 0),
                    SUM(csat IS NOT NULL AND NOT csat_agent), COALESCE(SUM(CASE WHEN NOT csat_agent THEN csat END), 0),
                    SUM(csat IS NOT NULL AND csat_agent), COALESCE(SUM(CASE WHEN csat_agent THEN csat END), 0)
                FROM report_conversation WHERE tenant_id = ? GROUP BY tenant_id, DATE(started_at), channel_id, category""", tenant);
        jdbc.update("""
                INSERT INTO report_hourly (tenant_id, day, hour, channel_id, conversations)
                SELECT tenant_id, DATE(started_at), HOUR(started_at), channel_id, COUNT(*) FROM report_conversation
                WHERE tenant_id = ? GROUP BY tenant_id, DATE(started_at), HOUR(started_at), channel_id""", tenant);
        jdbc.update("""
                INSERT INTO report_handoff_daily (tenant_id, day, channel_id, reason, conversations)
                SELECT tenant_id, DATE(started_at), channel_id, handoff_reason, COUNT(*) FROM report_conversation
                WHERE tenant_id = ? AND handoff_reason IS NOT NULL
                GROUP BY tenant_id, DATE(started_at), channel_id, handoff_reason""", tenant);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static void report(String line) throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(line);
    }
}
