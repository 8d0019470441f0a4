package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Local accounts: someone who belongs to two organizations picks one after signing in, works only in it, and
 * switches to the other from the user menu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationPickerJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenants;

    @Autowired
    AccountManagement accounts;

    @Test
    void a_member_of_two_organizations_picks_one_and_switches_to_the_other() {
        String slug = "picker-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String email = "pia@" + slug + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Picker Shop " + slug, slug, "STARTER", email, "Pia Picker", "en"),
                "picker-password-1",
                () -> {});
        TenantContext.runAs(
                new TenantId("brightwave"),
                () -> accounts.addMemberAsSystem(new MemberDraft(email, null, Set.of(Roles.AGENT), null, null)));

        var console = new ConsolePage(browser.newPage(Locale.ENGLISH), "http://localhost:" + port);
        var page = console.page();
        console.signIn(email, "picker-password-1");
        assertThat(page.locator("[data-tenant='brightwave']")).isVisible();
        page.locator("[data-tenant='" + slug + "']").click();
        console.expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("Picker Shop " + slug);
        assertThat(page.locator(".sd-nav")).containsText("Team");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByText("Switch organization").click();
        page.locator("[data-tenant='brightwave']").click();
        console.expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("Brightwave Electronics");
        assertThat(page.locator(".sd-nav")).not().containsText("Team");
    }
}
