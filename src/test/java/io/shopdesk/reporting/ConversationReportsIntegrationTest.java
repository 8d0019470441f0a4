package io.shopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationOutcome;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.reporting.ReportSummary.CategoryCount;
import io.shopdesk.reporting.ReportSummary.DayCount;
import io.shopdesk.reporting.ReportSummary.Outcomes;
import io.shopdesk.reporting.ReportSummary.QuestionCount;
import io.shopdesk.reporting.ReportSummary.ReasonCount;
import io.shopdesk.reporting.ReportSummary.TopicCount;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a known set of conversations from the conversation module's events (with replays, a reopened conversation
 * and a changed rating) and checks every figure of the tenant's report, the cost model and the platform view.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationReportsIntegrationTest {

    static final long WEB = 1001;
    static final long API = 1002;
    static final LocalDate FROM = LocalDate.parse("2026-10-01");
    static final LocalDate TO = LocalDate.parse("2026-11-30");

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    ConversationReports reports;

    @Autowired
    CostSettingsManagement costSettings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    TestTenant shop;
    TestTenant other;
    long returns;
    long shipping;

    @BeforeAll
    void conversations() {
        shop = users.newTenant(
                "STARTER",
                List.of(
                        new FaqDraft(null, "Orders > Returns", "Returns?", List.of(), "30 days", List.of(), null),
                        new FaqDraft(null, "Shipping", "Shipping time?", List.of(), "2 days", List.of(), null)));
        other = users.newTenant();
        var entries = users.as(shop.trainer(), faq::allEntries);
        returns = entries.stream()
                .filter(e -> e.question().equals("Returns?"))
                .findFirst()
                .orElseThrow()
                .id();
        shipping = entries.stream()
                .filter(e -> e.question().equals("Shipping time?"))
                .findFirst()
                .orElseThrow()
                .id();
        users.run(
                shop.admin(),
                () -> costSettings.save(new CostSettings(new BigDecimal("6.00"), new BigDecimal("0.8"), "CNY")));

        var id = shop.id();
        publish(
                started(id, "c1", WEB, "2026-10-30T09:10:00Z"),
                started(id, "c2", WEB, "2026-10-30T09:40:00Z"),
                started(id, "c3", API, "2026-11-02T14:00:00Z"),
                started(id, "c4", WEB, "2026-11-02T14:30:00Z"),
                started(id, "c5", WEB, "2026-11-02T20:00:00Z"),
                started(other.id(), "c9", WEB, "2026-11-02T10:00:00Z"),
                answered(id, "c1", 2, WEB, returns, BotOutcome.ANSWERED, "returns", "2026-10-30T09:10:02Z"),
                answered(id, "c1", 4, WEB, returns, BotOutcome.ANSWERED, "return label", "2026-10-30T09:12:00Z"),
                answered(id, "c2", 2, WEB, shipping, BotOutcome.ANSWERED, "shipping", "2026-10-30T09:40:04Z"),
                answered(id, "c2", 2, WEB, shipping, BotOutcome.ANSWERED, "shipping", "2026-10-30T09:40:04Z"),
                answered(id, "c3", 2, API, null, BotOutcome.FALLBACK, "Where is my parcel?", "2026-11-02T14:00:06Z"),
                answered(id, "c4", 2, WEB, null, BotOutcome.FALLBACK, "where is my PARCEL?", "2026-11-02T14:30:01Z"),
                answered(id, "c5", 2, WEB, returns, BotOutcome.ANSWERED, "returns", "2026-11-02T20:00:03Z"));
        // Six turns (one of them replayed), counted into the topic and unanswered roll-ups by the background batch.
        await().atMost(Duration.ofSeconds(20)).until(() -> answersCounted() == 6);

        var c1 = closed(
                id,
                "c1",
                WEB,
                "API",
                ConversationOutcome.RESOLVED_BY_BOT,
                null,
                "2026-10-30T09:10:00Z",
                Duration.ofMinutes(5),
                Duration.ofSeconds(2),
                2,
                1,
                0,
                null,
                false);
        publish(
                c1,
                c1,
                closed(
                        id,
                        "c2",
                        WEB,
                        "WEB_WIDGET",
                        ConversationOutcome.RESOLVED_BY_AGENT,
                        "BUTTON",
                        "2026-10-30T09:40:00Z",
                        Duration.ofMinutes(10),
                        Duration.ofSeconds(4),
                        3,
                        0,
                        1,
                        Duration.ofMinutes(6),
                        false),
                closed(
                        id,
                        "c3",
                        API,
                        "API",
                        ConversationOutcome.HANDED_OFF,
                        "KEYWORD",
                        "2026-11-02T14:00:00Z",
                        Duration.ofMinutes(20),
                        Duration.ofSeconds(6),
                        1,
                        0,
                        0,
                        null,
                        false),
                closed(
                        id,
                        "c4",
                        WEB,
                        "WEB_WIDGET",
                        ConversationOutcome.ABANDONED,
                        null,
                        "2026-11-02T14:30:00Z",
                        Duration.ofMinutes(3),
                        Duration.ofSeconds(1),
                        1,
                        0,
                        0,
                        null,
                        false),
                closed(
                        id,
                        "c5",
                        WEB,
                        "WEB_WIDGET",
                        ConversationOutcome.RESOLVED_BY_BOT,
                        null,
                        "2026-11-02T20:00:00Z",
                        Duration.ofMinutes(4),
                        Duration.ofSeconds(3),
                        1,
                        0,
                        0,
                        null,
                        false),
                closed(
                        other.id(),
                        "c9",
                        WEB,
                        "WEB_WIDGET",
                        ConversationOutcome.RESOLVED_BY_BOT,
                        null,
                        "2026-11-02T10:00:00Z",
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(1),
                        1,
                        1,
                        0,
                        null,
                        false));
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().outcomes().conversations() == 5);

        publish(
                rated(id, "c1", 5, false),
                rated(id, "c1", 5, false),
                rated(id, "c2", 4, true),
                rated(id, "c4", 1, false),
                rated(id, "c5", 2, false));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> summary().csatBot().ratings() == 3
                        && summary().csatAgent().ratings() == 1);

        // c5 was reopened, handed to an agent and closed again; the customer then changed the rating.
        publish(closed(
                id,
                "c5",
                WEB,
                "WEB_WIDGET",
                ConversationOutcome.RESOLVED_BY_AGENT,
                "BUTTON",
                "2026-11-02T20:00:00Z",
                Duration.ofMinutes(30),
                Duration.ofSeconds(3),
                4,
                1,
                0,
                Duration.ofMinutes(10),
                true));
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().outcomes().resolvedByAgent() == 2);
        publish(rated(id, "c5", 3, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().csatAgent().ratings() == 2);
    }

    @Test
    void every_figure_of_the_report_follows_from_the_conversations() {
        var summary = summary();
        assertThat(summary.outcomes()).isEqualTo(new Outcomes(5, 1, 2, 1, 1, 1, 2));
        assertThat(summary.automationRate()).isEqualTo(1.0 / 5);
        assertThat(summary.resolutionRate()).isEqualTo(3.0 / 5);
        assertThat(summary.handoffRate()).isEqualTo(3.0 / 5);
        assertThat(summary.handoffsByReason())
                .containsExactly(new ReasonCount("BUTTON", 2, 2.0 / 5), new ReasonCount("KEYWORD", 1, 1.0 / 5));
        assertThat(summary.csatBot().ratings()).isEqualTo(2);
        assertThat(summary.csatBot().average()).contains(3.0);
        assertThat(summary.csatAgent().ratings()).isEqualTo(2);
        assertThat(summary.csatAgent().average()).contains(3.5);
        assertThat(summary.averageFirstResponse()).contains(Duration.ofMillis(3200));
        assertThat(summary.averageDuration()).contains(Duration.ofMillis(816_000));
        assertThat(summary.averageAgentHandling()).contains(Duration.ofMinutes(8));
        assertThat(summary.averageTurns()).isEqualTo(11.0 / 5);
        assertThat(summary.helpfulVotes()).isEqualTo(2);
        assertThat(summary.notHelpfulVotes()).isEqualTo(1);
        var hours = new ArrayList<Long>(java.util.Collections.nCopies(24, 0L));
        hours.set(9, 2L);
        hours.set(14, 2L);
        hours.set(20, 1L);
        assertThat(summary.volumeByHour()).isEqualTo(hours);
        assertThat(summary.volumeByWeekday()).containsExactly(3L, 0L, 0L, 0L, 2L, 0L, 0L);
        assertThat(summary.volumeByDay()).hasSize(61);
        assertThat(summary.volumeByDay().stream().filter(day -> day.conversations() > 0))
                .containsExactly(
                        new DayCount(LocalDate.parse("2026-10-30"), 2), new DayCount(LocalDate.parse("2026-11-02"), 3));
        assertThat(summary.volumeByCategory())
                .containsExactly(
                        new CategoryCount("", 2),
                        new CategoryCount("Orders > Returns", 2),
                        new CategoryCount("Shipping", 1));
        assertThat(summary.hotTopics())
                .containsExactly(new TopicCount(returns, "Returns?", 3), new TopicCount(shipping, "Shipping time?", 1));
        assertThat(summary.topUnanswered()).containsExactly(new QuestionCount("where is my parcel?", 2));
    }

    @Test
    void costs_savings_and_the_month_over_month_trend_follow_the_tenants_cost_model() {
        var costs = summary().costs();
        assertThat(costs.settings().currency()).isEqualTo("CNY");
        assertThat(costs.total()).isEqualByComparingTo("14.4");
        assertThat(costs.savings()).isEqualByComparingTo("5.2");
        assertThat(costs.costPerResolution().orElseThrow()).isEqualByComparingTo("4.8");
        var trend = summary().trend();
        assertThat(trend).hasSize(2);
        var october = trend.get(0);
        assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(october.conversations()).isEqualTo(2);
        assertThat(october.resolved()).isEqualTo(2);
        assertThat(october.automationRate()).isEqualTo(0.5);
        assertThat(october.cost()).isEqualByComparingTo("6.8");
        assertThat(october.savings()).isEqualByComparingTo("5.2");
        assertThat(october.costPerResolution().orElseThrow()).isEqualByComparingTo("3.4");
        assertThat(october.costChange()).isEmpty();
        var november = trend.get(1);
        assertThat(november.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(november.conversations()).isEqualTo(3);
        assertThat(november.resolved()).isEqualTo(1);
        assertThat(november.automationRate()).isEqualTo(0.0);
        assertThat(november.cost()).isEqualByComparingTo("7.6");
        assertThat(november.savings()).isEqualByComparingTo("0");
        assertThat(november.costPerResolution().orElseThrow()).isEqualByComparingTo("7.6");
        assertThat(november.costChange()).contains(0.117647);
    }

    @Test
    void the_channel_and_date_filters_narrow_every_figure() {
        var api = users.as(shop.admin(), () -> reports.summary(new ReportFilter(FROM, TO, Optional.of(API))));
        assertThat(api.outcomes()).isEqualTo(new Outcomes(1, 0, 0, 1, 0, 0, 0));
        assertThat(api.handoffsByReason()).containsExactly(new ReasonCount("KEYWORD", 1, 1.0));
        assertThat(api.topUnanswered()).containsExactly(new QuestionCount("where is my parcel?", 1));
        assertThat(api.hotTopics()).isEmpty();
        var october = users.as(shop.admin(), () -> reports.summary(ReportFilter.month(YearMonth.of(2026, 10))));
        assertThat(october.outcomes()).isEqualTo(new Outcomes(2, 1, 1, 0, 0, 0, 1));
        assertThat(october.hotTopics())
                .containsExactly(new TopicCount(returns, "Returns?", 2), new TopicCount(shipping, "Shipping time?", 1));
        assertThat(october.volumeByDay()).hasSize(31);
    }

    @Test
    void a_tenant_sees_only_its_own_conversations_and_platform_staff_see_usage_per_tenant() {
        var others = users.as(other.admin(), () -> reports.summary(ReportFilter.allChannels(FROM, TO)));
        assertThat(others.outcomes()).isEqualTo(new Outcomes(1, 1, 0, 0, 0, 0, 0));
        assertThat(others.costs().settings().currency()).isEqualTo("CNY");
        assertThatThrownBy(() -> users.as(shop.admin(), () -> reports.usageAcrossTenants(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(shop.agent(), () -> reports.summary(ReportFilter.allChannels(FROM, TO))))
                .isInstanceOf(AccessDeniedException.class);
        var usage = users.asPlatformAdmin(() -> reports.usageAcrossTenants(FROM, TO));
        var shopUsage = usage.stream()
                .filter(u -> u.tenant().equals(shop.id()))
                .findFirst()
                .orElseThrow();
        assertThat(shopUsage.conversations()).isEqualTo(5);
        assertThat(shopUsage.resolvedByBot()).isEqualTo(1);
        assertThat(shopUsage.agentHandled()).isEqualTo(2);
        assertThat(shopUsage.automationRate()).isEqualTo(0.2);
        assertThat(shopUsage.cost()).isEqualByComparingTo("14.4");
        assertThat(shopUsage.savings()).isEqualByComparingTo("5.2");
        var otherUsage = usage.stream()
                .filter(u -> u.tenant().equals(other.id()))
                .findFirst()
                .orElseThrow();
        assertThat(otherUsage.conversations()).isEqualTo(1);
        assertThat(otherUsage.cost()).isEqualByComparingTo("0.5");
        assertThat(otherUsage.savings()).isEqualByComparingTo("4.5");
    }

    @Test
    void cost_settings_refuse_negative_or_too_precise_amounts_and_unknown_currencies() {
        assertThatThrownBy(() -> new CostSettings(new BigDecimal("-1"), BigDecimal.ONE, "CNY"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("agentConversation"));
        assertThatThrownBy(() -> new CostSettings(BigDecimal.ONE, new BigDecimal("0.00001"), "CNY"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("botConversation"));
        assertThatThrownBy(() -> new CostSettings(BigDecimal.ONE, BigDecimal.ONE, "XQQ"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> ReportFilter.allChannels(TO, FROM)).isInstanceOf(BusinessRuleException.class);
        assertThat(users.as(shop.admin(), costSettings::current))
                .isEqualTo(new CostSettings(new BigDecimal("6"), new BigDecimal("0.80"), "CNY"));
    }

    @Test
    void the_csv_export_has_one_row_per_closed_conversation_with_a_byte_order_mark() {
        var out = new java.io.ByteArrayOutputStream();
        users.run(shop.admin(), () -> export.writeCsv(ReportFilter.allChannels(FROM, TO), out));
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFconversation_id,channel_id,channel_type,started_at,closed_at,outcome,");
        var lines = csv.strip().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(2))
                .isEqualTo("c2,1001,WEB_WIDGET,2026-10-30T09:40Z,2026-10-30T09:50Z,RESOLVED_BY_AGENT,BUTTON,4000,"
                        + "600000,3,0,1,360000,false,4,AGENT,%d,Shipping".formatted(shipping));
        assertThat(lines.get(5))
                .startsWith("c5,")
                .contains(",RESOLVED_BY_AGENT,BUTTON,3000,1800000,4,1,0,600000,true,3,AGENT,");
        var api = new java.io.ByteArrayOutputStream();
        users.run(shop.admin(), () -> export.writeCsv(new ReportFilter(FROM, TO, Optional.of(API)), api));
        assertThat(api.toString(java.nio.charset.StandardCharsets.UTF_8).strip().lines())
                .hasSize(2);
        assertThatThrownBy(() ->
                        users.run(shop.agent(), () -> export.writeCsv(ReportFilter.allChannels(FROM, TO), out)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    MonthlyReports monthly;

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** Every row the November report shows for the known conversations, labels from the product's translations. */
    private static List<List<String>> novemberRows(io.shopdesk.reporting.internal.ReportTexts texts) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(texts.t("reporting.kpi.conversations"), "3", "2"));
        rows.add(List.of(texts.t("reporting.kpi.automation"), "0.0%", "50.0%"));
        rows.add(List.of(texts.t("reporting.kpi.resolution"), "33.3%", "100.0%"));
        rows.add(List.of(texts.t("reporting.kpi.handoff"), "66.7%", "50.0%"));
        rows.add(List.of(texts.t("reporting.kpi.csat-bot"), "1.00 (1)", "5.00 (1)"));
        rows.add(List.of(texts.t("reporting.kpi.csat-agent"), "3.00 (1)", "4.00 (1)"));
        rows.add(List.of(texts.t("reporting.kpi.first-response"), "3.3 s", "3.0 s"));
        rows.add(List.of(texts.t("reporting.kpi.cost"), "7.60", "6.80"));
        rows.add(List.of(texts.t("reporting.kpi.savings"), "0.00", "5.20"));
        rows.add(List.of(texts.t("reporting.kpi.cost-per-resolution"), "7.60", "3.40"));
        rows.add(List.of("BUTTON", "1", "33.3%"));
        rows.add(List.of("KEYWORD", "1", "33.3%"));
        for (String month : List.of("2026-06", "2026-07", "2026-08", "2026-09")) {
            rows.add(List.of(month, "0", "0.0%", "0.00", "0.00", "–", "–"));
        }
        rows.add(List.of("2026-10", "2", "50.0%", "6.80", "5.20", "3.40", "–"));
        rows.add(List.of("2026-11", "3", "0.0%", "7.60", "0.00", "7.60", "+11.8%"));
        return rows;
    }

    private byte[] monthlyReport(YearMonth month, ReportFormat format, java.util.Locale locale) {
        return ReportDocuments.bytes(out -> users.run(shop.admin(), () -> monthly.write(month, format, locale, out)));
    }

    @Test
    void the_monthly_pdf_shows_every_figure_of_the_month_the_previous_month_and_the_trend() {
        var texts = io.shopdesk.reporting.internal.ReportTexts.of(java.util.Locale.ENGLISH);
        var lines = ReportDocuments.pdfLines(monthlyReport(NOVEMBER, ReportFormat.PDF, java.util.Locale.ENGLISH));
        assertThat(lines.getFirst()).isEqualTo("Monthly cost and satisfaction report");
        assertThat(lines.get(1)).endsWith(" · 2026-11 · amounts in CNY");
        assertThat(lines)
                .containsSubsequence(novemberRows(texts).stream()
                        .map(row -> String.join(" ", row))
                        .toList());
        assertThat(lines).contains("Figure 2026-11 2026-10", "Month over month");
    }

    @Test
    void the_monthly_xlsx_has_the_same_figures_in_cells() {
        var texts = io.shopdesk.reporting.internal.ReportTexts.of(java.util.Locale.ENGLISH);
        var rows = ReportDocuments.xlsxRows(monthlyReport(NOVEMBER, ReportFormat.XLSX, java.util.Locale.ENGLISH));
        assertThat(rows.getFirst()).containsExactly("Monthly cost and satisfaction report");
        assertThat(rows).containsSubsequence(novemberRows(texts));
    }

    @Test
    void the_monthly_xlsx_stores_figures_as_numbers_and_texts_as_text() {
        var texts = io.shopdesk.reporting.internal.ReportTexts.of(java.util.Locale.ENGLISH);
        var rows = ReportDocuments.xlsxValues(monthlyReport(NOVEMBER, ReportFormat.XLSX, java.util.Locale.ENGLISH));
        assertThat(rows)
                .contains(
                        List.of(texts.t("reporting.kpi.conversations"), 3.0, 2.0),
                        List.of(texts.t("reporting.kpi.first-response"), 3.3, 3.0),
                        List.of(texts.t("reporting.kpi.cost"), 7.6, 6.8),
                        List.of(texts.t("reporting.kpi.csat-bot"), "1.00 (1)", "5.00 (1)"),
                        List.of("2026-09", 0.0, 0.0, 0.0, 0.0, "–", "–"));
        assertThat(rows)
                .filteredOn(row -> row.getFirst().equals(texts.t("reporting.kpi.resolution")))
                .singleElement()
                .satisfies(row -> {
                    // The rate itself, not the rounded 33.3 % the PDF prints.
                    assertThat((Double) row.get(1)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(row.get(2)).isEqualTo(1.0);
                });
        assertThat(rows)
                .filteredOn(row -> row.getFirst().equals("2026-11"))
                .singleElement()
                // The change of cost month over month, which the reports compute to six decimals.
                .satisfies(row -> assertThat((Double) row.getLast())
                        .isCloseTo((7.6 - 6.8) / 6.8, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void the_chinese_monthly_pdf_embeds_the_cjk_font_and_draws_its_labels() throws java.io.IOException {
        var texts = io.shopdesk.reporting.internal.ReportTexts.of(java.util.Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = monthlyReport(NOVEMBER, ReportFormat.PDF, java.util.Locale.SIMPLIFIED_CHINESE);

        var lines = ReportDocuments.pdfLines(pdf);
        assertThat(lines.getFirst())
                .isEqualTo(texts.t("reporting.monthly.title"))
                .contains("月度");
        assertThat(lines)
                .containsSubsequence(novemberRows(texts).stream()
                        .map(row -> String.join(" ", row))
                        .toList());
        assertThat(ReportDocuments.pdfFonts(pdf)).anyMatch(font -> font.contains("NotoSansCJK"));

        float dpi = 110;
        var page = ReportDocuments.firstPage(pdf, dpi);
        // The title (18 pt, top margin 36 pt) has dark glyph pixels; the band above it is empty paper.
        assertThat(ReportDocuments.darkPixels(page, dpi, 40, 36, 300, 30)).isGreaterThan(1_000);
        assertThat(ReportDocuments.darkPixels(page, dpi, 40, 0, 515, 30)).isZero();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("docs", "screenshots"));
        javax.imageio.ImageIO.write(
                page,
                "png",
                java.nio.file.Path.of("docs", "screenshots", "monthly-report-pdf.png")
                        .toFile());
    }

    @Test
    void a_bot_turn_whose_transaction_rolls_back_leaves_no_fact_and_counts_nowhere() {
        var tenant = users.newTenant();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(answered(
                    tenant.id(), "r1", 2, WEB, null, BotOutcome.FALLBACK, "Rolled back?", "2026-11-03T10:00:00Z"));
            status.setRollbackOnly();
        });
        publish(answered(tenant.id(), "r2", 2, WEB, null, BotOutcome.FALLBACK, "Kept?", "2026-11-03T10:00:00Z"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM report_unanswered_daily WHERE tenant_id = ?",
                                Long.class,
                                tenant.id().value())
                        == 1);
        var unanswered = users.as(tenant.admin(), () -> reports.summary(ReportFilter.allChannels(FROM, TO)))
                .topUnanswered();
        assertThat(unanswered).containsExactly(new QuestionCount("kept?", 1));
        assertThat(jdbc.queryForList(
                        "SELECT conversation_id FROM report_answer WHERE tenant_id = ?",
                        String.class,
                        tenant.id().value()))
                .containsExactly("r2");
    }

    @Test
    void a_malformed_or_future_month_is_refused_with_a_message_and_only_tenant_admins_get_reports() {
        assertThatThrownBy(() -> MonthlyReports.parseMonth("2026-13"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.monthly.month-invalid"));
        assertThatThrownBy(() -> MonthlyReports.parseMonth("11/2026"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThat(MonthlyReports.parseMonth(" 2026-11 ")).isEqualTo(NOVEMBER);
        var next = YearMonth.now().plusMonths(1);
        var out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> users.run(
                        shop.admin(), () -> monthly.write(next, ReportFormat.PDF, java.util.Locale.ENGLISH, out)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.monthly.month-future"));
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> users.run(
                        shop.agent(), () -> monthly.write(NOVEMBER, ReportFormat.PDF, java.util.Locale.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(io.shopdesk.reporting.internal.ReportTexts.of(java.util.Locale.ENGLISH)
                        .t("reporting.monthly.month-future", next.toString()))
                .isEqualTo("The month " + next + " has not started yet: choose this month or an earlier one.");
    }

    @Autowired
    ConversationExport export;

    private ReportSummary summary() {
        return users.as(shop.admin(), () -> reports.summary(ReportFilter.allChannels(FROM, TO)));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long answersCounted() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM report_answer WHERE tenant_id = ? AND NOT pending_rollup",
                Long.class,
                shop.id().value());
    }

    private void publish(Object... published) {
        transactions.executeWithoutResult(status -> List.of(published).forEach(events::publishEvent));
    }

    private static ConversationStarted started(TenantId tenant, String id, long channel, String at) {
        return new ConversationStarted(
                tenant, id, channel, channel == API ? "API" : "WEB_WIDGET", "en", Instant.parse(at));
    }

    private static BotAnswered answered(
            TenantId tenant,
            String id,
            int turn,
            long channel,
            Long entry,
            BotOutcome outcome,
            String question,
            String at) {
        return new BotAnswered(
                tenant, id, turn, channel, question, outcome, entry, 0.9, List.of(), 1, "en", Instant.parse(at));
    }

    private static ConversationClosed closed(
            TenantId tenant,
            String id,
            long channel,
            String channelType,
            ConversationOutcome outcome,
            String reason,
            String startedAt,
            Duration duration,
            Duration firstResponse,
            int messages,
            int helpful,
            int notHelpful,
            Duration agentHandling,
            boolean reopened) {
        var start = Instant.parse(startedAt);
        return new ConversationClosed(
                tenant,
                id,
                channel,
                channel == API ? "API" : "WEB_WIDGET",
                outcome,
                reason,
                start,
                start.plus(duration),
                firstResponse,
                messages,
                helpful,
                notHelpful,
                agentHandling,
                agentHandling == null ? null : "agent@example.com",
                reopened);
    }

    private static ConversationRated rated(TenantId tenant, String id, int score, boolean agent) {
        return new ConversationRated(tenant, id, score, agent, Instant.parse("2026-11-03T08:00:00Z"));
    }
}
