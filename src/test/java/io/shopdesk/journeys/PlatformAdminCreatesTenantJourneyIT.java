package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Platform admin signs in, creates a tenant, signs out; the new tenant's admin signs in with the first password,
 * sees only their own organization's dashboard, cannot open platform views, and signs out. In both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformAdminCreatesTenantJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void platform_admin_creates_a_tenant_whose_admin_sees_only_their_own_dashboard(Locale language) {
        String suffix = language.getLanguage() + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String slug = "journey-" + suffix;
        String tenantName = "Journey Shop " + suffix;
        String adminEmail = "admin@" + slug + ".example";
        String screenshotSuffix = language.getLanguage();
        boolean zh = "zh".equals(screenshotSuffix);

        var platform = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        platform.page().navigate("http://localhost:" + port + "/login");
        assertThat(platform.page().locator("input[name='username']")).isVisible();
        BrowserExtension.screenshot(platform.page(), "login-" + screenshotSuffix);
        platform.signIn("ops@shopdesk.example", "shopdesk-demo").expectSignedIn();
        assertThat(platform.page().locator(".sd-nav")).containsText(zh ? "租户" : "Tenants");
        platform.open("tenants");
        var page = platform.page();
        assertThat(page.locator("vaadin-grid")).isVisible();
        page.locator("#tenant-create").click();
        page.locator("#tenant-name input").fill(tenantName);
        page.locator("#tenant-slug input").fill(slug);
        page.locator("#tenant-admin-email input").fill(adminEmail);
        page.locator("#tenant-admin-name input").fill("Journey Admin");
        BrowserExtension.screenshot(page, "tenant-create-" + screenshotSuffix);
        page.locator("#tenant-create-save").click();
        var passwordField = page.locator("#initial-password input");
        assertThat(passwordField).isVisible();
        String firstPassword = passwordField.inputValue();
        assertThat(firstPassword).hasSizeGreaterThanOrEqualTo(12);
        BrowserExtension.screenshot(page, "tenant-created-" + screenshotSuffix);
        page.keyboard().press("Escape");
        assertThat(page.locator("#initial-password")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).containsText(tenantName);
        BrowserExtension.screenshot(page, "tenants-" + screenshotSuffix);
        platform.signOut();

        var admin = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        admin.signIn(adminEmail, firstPassword).expectSignedIn();
        var adminPage = admin.page();
        assertThat(adminPage.locator(".sd-nav")).containsText(zh ? "仪表盘" : "Dashboard");
        assertThat(adminPage.locator(".sd-tenant-name")).containsText(tenantName);
        assertThat(adminPage.locator(".sd-dashboard-panel")).not().hasCount(0);
        assertThat(adminPage.locator(".sd-nav"))
                .not()
                .containsText(language.getLanguage().equals("zh") ? "租户" : "Tenants");
        BrowserExtension.screenshot(adminPage, "tenant-dashboard-" + screenshotSuffix);
        admin.open("tenants");
        assertThat(adminPage.locator("#tenant-create")).hasCount(0);
        assertThat(adminPage.locator("body")).not().containsText("Brightwave");
        assertThat(adminPage.locator("body")).not().containsText("云裳");
        admin.open("");
        admin.signOut();
        assertThat(adminPage.locator("input[name='username']")).isVisible();
    }
}
