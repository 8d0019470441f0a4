package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** What a user does on Keycloak's own pages (identity-first: the e-mail address first, then the password). */
final class KeycloakPages {

    private KeycloakPages() {}

    /** Opens the console, which sends the browser to Keycloak, and signs in there. */
    static void signIn(Page page, String appUrl, String email, String password) {
        page.navigate(appUrl + "/");
        enterCredentials(page, email, password);
    }

    static void enterCredentials(Page page, String email, String password) {
        var username = page.locator("#username");
        assertThat(username).isVisible();
        username.fill(email);
        if (page.locator("#password").count() == 0) {
            username.press("Enter");
        }
        var passwordField = page.locator("#password");
        passwordField.fill(password);
        passwordField.press("Enter");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Keycloak asks for a new password when the first one was temporary. */
    static void changeFirstPassword(Page page, String newPassword) {
        var next = page.locator("#password-new");
        assertThat(next).isVisible();
        next.fill(newPassword);
        page.locator("#password-confirm").fill(newPassword);
        page.locator("#password-confirm").press("Enter");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    static void expectKeycloakSignInPage(Page page) {
        assertThat(page.locator("#username")).isVisible();
    }
}
