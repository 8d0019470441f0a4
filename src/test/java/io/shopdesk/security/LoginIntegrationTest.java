package io.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.ConsoleHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The local login form, over HTTP as a browser posts it: demo accounts, lock-out, suspension, remember-me. */
@IntegrationTest
class LoginIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TenantManagement tenants;

    @Autowired
    JdbcClient jdbc;

    private static boolean signedIn(String location) {
        return location.endsWith("/?continue") || location.endsWith("/");
    }

    @SuppressWarnings("unchecked")
    static List<String[]> demoAccounts() throws IOException {
        var accounts = new ArrayList<String[]>();
        try (Stream<Path> packs = Files.list(Path.of("tenants"))) {
            for (Path pack : packs.filter(Files::isDirectory).toList()) {
                var tenant =
                        new YAMLMapper().readValue(pack.resolve("tenant.yaml").toFile(), Map.class);
                for (var user : (List<Map<String, Object>>) tenant.get("users")) {
                    accounts.add(new String[] {(String) user.get("email"), (String) user.get("password")});
                }
            }
        }
        return accounts;
    }

    @Test
    void every_demo_account_signs_in() throws IOException {
        var accounts = demoAccounts();
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(9);
        for (String[] account : accounts) {
            var client = new ConsoleHttpClient(port);
            assertThat(client.signIn(account[0], account[1], false))
                    .as(account[0])
                    .satisfies(location -> assertThat(signedIn(location)).isTrue());
            assertThat(client.get("/").statusCode()).as(account[0]).isEqualTo(200);
        }
    }

    @Test
    void a_wrong_password_is_refused_and_the_console_stays_closed() {
        var client = new ConsoleHttpClient(port);
        assertThat(client.signIn("admin@brightwave.example", "not-the-password", false))
                .endsWith("/login?error");
        assertThat(client.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused() {
        var tenant = users.newTenant();
        for (int i = 0; i < 5; i++) {
            assertThat(new ConsoleHttpClient(port).signIn(tenant.agent(), "wrong-" + i, false))
                    .endsWith("/login?error");
        }
        assertThat(new ConsoleHttpClient(port).signIn(tenant.agent(), TestUsers.PASSWORD, false))
                .endsWith("/login?error");
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM user_account WHERE email = ?")
                        .param(tenant.agent())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // Other accounts of the tenant are unaffected.
        assertThat(signedIn(new ConsoleHttpClient(port).signIn(tenant.admin(), TestUsers.PASSWORD, false)))
                .isTrue();
    }

    @Test
    void users_of_a_suspended_tenant_cannot_sign_in_and_open_sessions_are_ended() {
        var tenant = users.newTenant();
        var openSession = new ConsoleHttpClient(port);
        assertThat(signedIn(openSession.signIn(tenant.admin(), TestUsers.PASSWORD, false)))
                .isTrue();

        users.asPlatformAdmin(() -> {
            tenants.suspendTenant(tenant.id());
            return null;
        });
        assertThat(new ConsoleHttpClient(port).signIn(tenant.admin(), TestUsers.PASSWORD, false))
                .endsWith("/login?error");
        var next = openSession.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?suspended"));

        users.asPlatformAdmin(() -> {
            tenants.reactivateTenant(tenant.id());
            return null;
        });
        assertThat(signedIn(new ConsoleHttpClient(port).signIn(tenant.admin(), TestUsers.PASSWORD, false)))
                .isTrue();
    }

    @Test
    void remember_me_signs_the_user_in_again_without_a_password_after_the_session_is_gone() {
        var tenant = users.newTenant();
        var client = new ConsoleHttpClient(port);
        assertThat(signedIn(client.signIn(tenant.trainer(), TestUsers.PASSWORD, true)))
                .isTrue();
        assertThat(client.hasCookie("remember-me")).isTrue();

        var reopened = client.withOnly("remember-me", port);
        assertThat(reopened.get("/").statusCode()).isEqualTo(200);

        var forgetful = new ConsoleHttpClient(port);
        assertThat(signedIn(forgetful.signIn(tenant.agent(), TestUsers.PASSWORD, false)))
                .isTrue();
        assertThat(forgetful.hasCookie("remember-me")).isFalse();
    }
}
