package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tenant admin adds a regex rule to the handoff policy, is told the expression is not valid, fixes it, saves, finds
 * the rule kept after a reload, and sees in the simulator that the rule fires on the customer line it was meant for.
 * In both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminTunesHandoffPolicyJourneyIT {

    private static final String RULE = "chargeback-rule";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_adds_a_regex_rule_and_simulates_it(Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        String tenant = zh ? "yunshang" : "brightwave";
        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn("admin@" + tenant + ".example", "shopdesk-demo").expectSignedIn();
        console.open("handoff-policy");
        var page = console.page();
        var rules = page.locator("#handoff-rules");
        assertThat(rules).isVisible();
        removeEarlierRun(page);

        page.locator("#rule-add").click();
        page.locator("#rule-name input").fill(RULE);
        page.locator("#rule-type input").fill(zh ? "正则表达式" : "Regular expression");
        page.locator("#rule-type input").press("Enter");
        page.locator("#rule-parameter textarea").fill("charge(back");
        page.locator("#rule-ok").click();
        assertThat(page.locator("#rule-parameter"))
                .containsText(zh ? "正则表达式无效" : "the regular expression is not valid");
        page.locator("#rule-parameter textarea").fill("charge\\s*back");
        page.locator("#rule-ok").click();
        assertThat(rules).containsText("charge\\s*back");
        page.locator("#rules-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText(zh ? "转人工策略已保存。" : "Handoff policy saved.");

        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#handoff-rules")).containsText(RULE);

        page.locator("#simulator-conversation textarea").fill("bot: Hello, how can I help?\nI will file a chargeback");
        page.locator("#simulator-run").click();
        var turns = page.locator("#simulator-turns");
        assertThat(turns).containsText(RULE);
        assertThat(turns).containsText("I will file a chargeback");
        page.waitForTimeout(500);
        BrowserExtension.screenshot(page, "handoff-policy-" + language.getLanguage());
    }

    /** The database outlives a run: a rule saved by an earlier run is deleted first, so its name is free again. */
    private static void removeEarlierRun(Page page) {
        var earlier = page.locator("#handoff-rules vaadin-grid-cell-content")
                .getByText(RULE, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true));
        if (earlier.count() > 0) {
            earlier.first().click();
            page.locator("#rule-delete").click();
            page.locator("#rules-save").click();
            assertThat(page.locator("#handoff-rules")).not().containsText(RULE);
        }
    }
}
