package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** What a user does in the console, in words a journey reads well with. */
final class ConsolePage {

    private final Page page;
    private final String baseUrl;

    ConsolePage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    Page page() {
        return page;
    }

    ConsolePage signIn(String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("form button[type='submit']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    ConsolePage expectSignedIn() {
        assertThat(page.locator(".sd-drawer")).isVisible();
        return this;
    }

    ConsolePage open(String route) {
        page.navigate(baseUrl + "/" + route);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    ConsolePage signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-sign-out").click();
        page.waitForURL("**/login**");
        return this;
    }
}
