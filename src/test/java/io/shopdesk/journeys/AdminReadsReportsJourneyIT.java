package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationOutcome;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant admin opens the reports of a demo tenant with closed conversations and sees the figures and the ECharts
 * charts drawn; then sets the cost model, is told a negative cost is refused, and saves a valid one. In both
 * languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminReadsReportsJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_reads_the_dashboard_and_sets_the_cost_model(Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        String tenant = zh ? "yunshang" : "brightwave";
        closeConversations(new TenantId(tenant));

        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn("admin@" + tenant + ".example", "shopdesk-demo").expectSignedIn();
        console.open("reports");
        var page = console.page();
        assertThat(page.locator("#chart-outcomes canvas")).isVisible();
        assertThat(page.locator("#chart-by-day canvas")).isVisible();
        assertThat(page.locator(".sd-stat-cards")).containsText(zh ? "自动化率" : "Automation rate");
        page.waitForTimeout(500);
        BrowserExtension.screenshot(page, "reports-dashboard-" + language.getLanguage());
        if (!zh) {
            // the README's and docs/reporting.md's picture of the dashboard, with the monthly report downloads
            BrowserExtension.screenshot(page, "reports-dashboard");
        }
        assertThat(page.locator("#report-monthly-pdf")).isVisible();
        page.locator("#report-month input").fill("2999-01");
        page.locator("#report-month input").press("Tab");
        assertThat(page.locator("#report-month"))
                .containsText(zh ? "2999-01 还没有开始" : "The month 2999-01 has not started yet");
        page.locator("#report-month input").fill("2026-13");
        page.locator("#report-month input").press("Tab");
        assertThat(page.locator("#report-month")).containsText(zh ? "请按 YYYY-MM 格式输入月份" : "Enter the month as YYYY-MM");
        page.locator("#report-month input").fill(java.time.YearMonth.now().toString());
        page.locator("#report-month input").press("Tab");
        var download =
                page.waitForDownload(() -> page.locator("#report-monthly-pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("report-" + java.time.YearMonth.now() + ".pdf");

        console.open("cost-settings");
        page.locator("#cost-agent input").fill("-1");
        page.locator("#cost-save").click();
        assertThat(page.locator("#cost-agent"))
                .containsText(zh ? "请输入 0 到 1,000,000 之间的金额。" : "Enter an amount between 0 and 1,000,000.");
        page.locator("#cost-agent input").fill("6.5");
        page.locator("#cost-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText(zh ? "成本设置已保存。" : "Cost settings saved.");
    }

    /** Nine conversations closed over the last days with every outcome, as the conversation module reports them. */
    private void closeConversations(TenantId tenant) {
        var published = new ArrayList<Object>();
        var outcomes = ConversationOutcome.values();
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < 9; i++) {
            String id = UUID.randomUUID().toString();
            var start = now.minus(Duration.ofHours(7L * i + 1));
            var outcome = outcomes[i % outcomes.length];
            boolean agent = outcome == ConversationOutcome.RESOLVED_BY_AGENT;
            String reason =
                    agent || outcome == ConversationOutcome.HANDED_OFF ? (i % 2 == 0 ? "BUTTON" : "KEYWORD") : null;
            published.add(new ConversationStarted(tenant, id, 1, "WEB_WIDGET", "en", start));
            published.add(new ConversationClosed(
                    tenant,
                    id,
                    1,
                    "WEB_WIDGET",
                    outcome,
                    reason,
                    start,
                    start.plus(Duration.ofMinutes(3 + i)),
                    Duration.ofSeconds(2 + i),
                    2,
                    1,
                    0,
                    agent ? Duration.ofMinutes(2) : null,
                    agent ? "agent@example.com" : null,
                    false));
        }
        transactions.executeWithoutResult(status -> published.forEach(events::publishEvent));
    }
}
