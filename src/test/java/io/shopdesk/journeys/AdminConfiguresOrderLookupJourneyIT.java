package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A demo tenant's admin opens the order lookup, finds it pointed at the demo order service with the auth header
 * masked, is told a broken order-number pattern is refused, and tests an order number: the mapped order is shown.
 * In both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminConfiguresOrderLookupJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_checks_the_order_lookup_and_tests_an_order_number(Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        String tenant = zh ? "yunshang" : "brightwave";
        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn("admin@" + tenant + ".example", "shopdesk-demo").expectSignedIn();
        console.open("order-lookup");
        var page = console.page();
        assertThat(page.locator("#order-url input"))
                .hasValue(java.util.regex.Pattern.compile(".*/demo/orders/" + tenant + "/\\{orderNumber}"));
        assertThat(page.locator("#order-header-value")).containsText("••••");

        page.locator("#order-pattern input").fill("([0-9]+");
        page.locator("#order-save").click();
        assertThat(page.locator("#order-pattern"))
                .containsText(zh ? "这不是有效的正则表达式" : "This is not a valid regular expression");

        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#order-test-number input").fill(zh ? "YS20261001" : "BW-10042");
        page.locator("#order-test").click();
        assertThat(page.locator("#order-test-result")).containsText(zh ? "顺丰速运" : "DHL Express");
        page.waitForTimeout(500);
        BrowserExtension.screenshot(page, "order-lookup-" + language.getLanguage());
    }
}
