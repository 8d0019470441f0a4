package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.KeycloakIntegrationTest;
import io.shopdesk.testing.KeycloakServer;
import io.shopdesk.testing.KeycloakTokens;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console in Keycloak mode, in a real browser against a real Keycloak: a tenant admin and platform staff sign
 * in on Keycloak's pages, see only what their organization may see, and signing out ends the Keycloak session
 * too; a user of two organizations picks one; realm roles count; suspended tenants are shut out.
 */
@KeycloakIntegrationTest
class KeycloakSignInJourneyIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TenantManagement tenants;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    private final KeycloakServer keycloak = KeycloakServer.get();
    private final String app = keycloak.appUrl();

    private static String slug(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private String opsToken() {
        return KeycloakTokens.accessToken(keycloak, "ops@shopdesk.example", "shopdesk-demo");
    }

    @Test
    void a_tenant_admin_works_only_in_their_organization_and_signing_out_ends_the_keycloak_session() {
        var page = browser.newPage(Locale.ENGLISH);
        page.navigate(app + "/");
        KeycloakPages.expectKeycloakSignInPage(page);
        BrowserExtension.screenshot(page, "keycloak-login-en");
        KeycloakPages.enterCredentials(page, "admin@brightwave.example", "shopdesk-demo");
        var console = new ConsolePage(page, app).expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("Brightwave Electronics");
        assertThat(page.locator(".sd-nav")).not().containsText("Tenants");

        console.open("team");
        assertThat(page.locator("vaadin-grid")).containsText("agent@brightwave.example");
        assertThat(page.locator("vaadin-grid")).not().containsText("yunshang");
        String newcomer = "new-" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "@brightwave.example";
        page.locator("#team-add").click();
        page.locator("#team-email input").fill(newcomer);
        page.locator("#team-name input").fill("Nia Newcomer");
        page.locator("#team-add-save").click();
        assertThat(page.locator("#member-password input")).isVisible();
        var user = keycloak.realm().users().searchByEmail(newcomer, true).getFirst();
        assertThat(keycloak.realm().users().get(user.getId()).groups())
                .extracting(GroupRepresentation::getPath)
                .containsExactly("/tenants/brightwave/AGENT");
        page.keyboard().press("Escape");

        console.open("profile");
        assertThat(page.locator("#keycloak-account")).hasAttribute("href", keycloak.issuer() + "/account");
        assertThat(page.locator("input[type='password']")).hasCount(0);

        console.open("tenants");
        assertThat(page.locator("#tenant-create")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("云裳");
        console.open("");
        console.signOut();
        assertThat(page).hasURL(app + "/login?logout");
        assertThat(page.locator("#keycloak-sign-in")).isVisible();
        page.navigate(app + "/");
        KeycloakPages.expectKeycloakSignInPage(page);
    }

    @Test
    void platform_staff_create_a_tenant_whose_first_admin_signs_in_and_must_change_the_first_password() {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        // The dialog suggests the slug from the name; this name suggests exactly the slug typed below.
        String name = "Kc Journey " + number;
        String slug = "kc-journey-" + number;
        String adminEmail = "admin@" + slug + ".example";
        var platform = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(platform, app, "ops@shopdesk.example", "shopdesk-demo");
        var console = new ConsolePage(platform, app).expectSignedIn();
        assertThat(platform.locator(".sd-nav")).containsText("Tenants");
        console.open("tenants");
        platform.locator("#tenant-create").click();
        platform.locator("#tenant-name input").fill(name);
        platform.locator("#tenant-slug input").fill(slug);
        platform.locator("#tenant-admin-email input").fill(adminEmail);
        platform.locator("#tenant-admin-name input").fill("Journey Admin");
        platform.locator("#tenant-create-save").click();
        var passwordField = platform.locator("#initial-password input");
        assertThat(passwordField).isVisible();
        String firstPassword = passwordField.inputValue();
        platform.keyboard().press("Escape");
        assertThat(platform.locator("vaadin-grid")).containsText(name);
        // Keycloak's organization search has been seen to miss an organization created a moment before (once in
        // many CI runs); give it a few seconds, and name what it does hold when it never shows up.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(keycloak.realm().organizations().search(slug, true, 0, 10))
                        .as(() -> "organizations in the realm: "
                                + keycloak.realm().organizations().getAll().stream()
                                        .map(OrganizationRepresentation::getAlias)
                                        .toList())
                        .singleElement()
                        .satisfies(organization ->
                                assertThat(organization.getAlias()).isEqualTo(slug)));
        console.signOut();

        var admin = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(admin, app, adminEmail, firstPassword);
        KeycloakPages.changeFirstPassword(admin, "a-new-password-1");
        new ConsolePage(admin, app).expectSignedIn();
        assertThat(admin.locator(".sd-tenant-name")).containsText(name);
        assertThat(admin.locator(".sd-nav")).not().containsText("Tenants");
        assertThat(admin.locator(".sd-dashboard-panel")).not().hasCount(0);
        BrowserExtension.screenshot(admin, "keycloak-tenant-dashboard-en");
    }

    @Test
    void a_user_of_two_organizations_picks_one_and_sees_only_that_ones_data() {
        String slug = slug("kc-multi-");
        String email = "multi@" + slug + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Multi Shop " + slug, slug, "STARTER", email, "Mia Multi", "en"),
                "multi-password-1",
                () -> {});
        TenantContext.runAs(
                new TenantId("yunshang"),
                () -> accounts.addMemberAsSystem(new MemberDraft(email, null, Set.of(Roles.AGENT), null, null)));

        var page = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(page, app, email, "multi-password-1");
        var own = page.locator("[data-tenant='" + slug + "']");
        assertThat(own).isVisible();
        assertThat(page.locator("[data-tenant='yunshang']")).isVisible();
        BrowserExtension.screenshot(page, "keycloak-select-organization-en");
        own.click();
        var console = new ConsolePage(page, app).expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("Multi Shop " + slug);
        console.open("team");
        assertThat(page.locator("vaadin-grid")).containsText(email);
        assertThat(page.locator("vaadin-grid")).not().containsText("yunshang.example");

        console.open("select-organization");
        page.locator("[data-tenant='yunshang']").click();
        console.expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("云裳服饰");
        assertThat(page.locator(".sd-nav")).not().containsText("Team");
        console.open("team");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void realm_roles_of_a_user_made_in_keycloak_count_and_the_first_sign_in_adds_them_to_the_team() {
        String email = "realm-" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "@brightwave.example";
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Rae");
        user.setLastName("Realm");
        user.setEnabled(true);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue("realm-password-1");
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        keycloak.realm().users().create(user).close();
        String id =
                keycloak.realm().users().searchByEmail(email, true).getFirst().getId();
        keycloak.realm()
                .users()
                .get(id)
                .roles()
                .realmLevel()
                .add(List.of(keycloak.realm().roles().get("TRAINER").toRepresentation()));
        String brightwave = keycloak.realm()
                .organizations()
                .search("brightwave", true, 0, 1)
                .getFirst()
                .getId();
        keycloak.realm().organizations().get(brightwave).members().addMember(id).close();

        var page = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(page, app, email, "realm-password-1");
        new ConsolePage(page, app).expectSignedIn();
        assertThat(page.locator(".sd-tenant-name")).containsText("Brightwave Electronics");
        assertThat(page.locator(".sd-nav")).not().containsText("Team");

        assertThat(jdbc.sql("SELECT m.roles FROM membership m JOIN user_account a ON a.id = m.user_id "
                                + "WHERE a.email = ? AND m.tenant_id = 'brightwave'")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("TRAINER");
        assertThat(jdbc.sql("SELECT display_name FROM user_account WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Rae Realm");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'brightwave' "
                                + "AND action = 'member.added' AND target = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void users_of_a_suspended_tenant_cannot_sign_in_and_their_open_sessions_end() {
        String slug = slug("kc-closed-");
        String email = "sam@" + slug + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Closed Shop " + slug, slug, "STARTER", email, "Sam Closed", "en"),
                "closed-password-1",
                () -> {});
        var open = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(open, app, email, "closed-password-1");
        new ConsolePage(open, app).expectSignedIn();

        String ops = opsToken();
        assertThat(KeycloakTokens.post(app + "/api/v1/tenants/" + slug + "/suspend", ops, "")
                        .statusCode())
                .isEqualTo(204);
        open.navigate(app + "/");
        assertThat(open).hasURL(app + "/login?suspended");
        assertThat(open.locator(".sd-login-message")).containsText("suspended");

        var later = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(later, app, email, "closed-password-1");
        assertThat(later).hasURL(app + "/login?suspended");
        assertThat(later.locator(".sd-drawer")).hasCount(0);

        assertThat(KeycloakTokens.post(app + "/api/v1/tenants/" + slug + "/reactivate", ops, "")
                        .statusCode())
                .isEqualTo(204);
        var again = browser.newPage(Locale.ENGLISH);
        KeycloakPages.signIn(again, app, email, "closed-password-1");
        new ConsolePage(again, app).expectSignedIn();
    }
}
