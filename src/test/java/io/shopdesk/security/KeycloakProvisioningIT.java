package io.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.operations.TenantOffboarding;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.KeycloakIntegrationTest;
import io.shopdesk.testing.KeycloakServer;
import io.shopdesk.testing.KeycloakTokens;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keycloak mode against a real Keycloak, without a browser: the demo packs and new tenants are provisioned into
 * Keycloak (organization, user, role groups) together with our rows or not at all, and the REST API takes the
 * realm's bearer tokens and keeps tenants apart.
 */
@KeycloakIntegrationTest
class KeycloakProvisioningIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPS = "ops@shopdesk.example";
    private static final String DEMO_PASSWORD = "shopdesk-demo";

    @Autowired
    TenantManagement tenants;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantOffboarding offboarding;

    private final KeycloakServer keycloak = KeycloakServer.get();
    private final String api = keycloak.appUrl() + "/api/v1";

    record DemoAccount(String tenant, String email, String password, List<String> roles) {}

    @SuppressWarnings("unchecked")
    static List<DemoAccount> demoAccounts() throws IOException {
        var accounts = new ArrayList<DemoAccount>();
        try (Stream<Path> packs = Files.list(Path.of("tenants"))) {
            for (Path pack : packs.filter(Files::isDirectory).sorted().toList()) {
                var tenant =
                        new YAMLMapper().readValue(pack.resolve("tenant.yaml").toFile(), Map.class);
                for (var user : (List<Map<String, Object>>) tenant.get("users")) {
                    accounts.add(new DemoAccount(
                            (String) tenant.get("slug"),
                            (String) user.get("email"),
                            (String) user.get("password"),
                            (List<String>) user.get("roles")));
                }
            }
        }
        return accounts;
    }

    private static String slug(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private boolean organizationExists(String alias) {
        return keycloak.realm().organizations().search(alias, true, 0, 10).stream()
                .anyMatch(organization -> alias.equals(organization.getAlias()));
    }

    private List<UserRepresentation> keycloakUsers(String email) {
        return keycloak.realm().users().searchByEmail(email, true);
    }

    private boolean groupExists(String path) {
        try {
            keycloak.realm().getGroupByPath(path);
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private String createTenantJson(String slug, String adminEmail) {
        return "{\"name\":\"Shop " + slug + "\",\"slug\":\"" + slug + "\",\"planCode\":\"STARTER\",\"adminEmail\":\""
                + adminEmail + "\",\"adminName\":\"Kim Lee\",\"locale\":\"en\"}";
    }

    @Test
    void every_demo_account_was_provisioned_into_keycloak_and_its_token_opens_its_own_tenant() throws IOException {
        var demo = demoAccounts();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(9);
        for (DemoAccount account : demo) {
            String token = KeycloakTokens.accessToken(keycloak, account.email(), account.password());
            assertThat((List<String>) KeycloakTokens.claims(token).get("organization"))
                    .as(account.email())
                    .containsExactly(account.tenant());
            var me = KeycloakTokens.get(api + "/me", token, null);
            assertThat(me.statusCode()).as(account.email()).isEqualTo(200);
            var body = json(me.body());
            assertThat(body.get("tenant")).as(account.email()).isEqualTo(account.tenant());
            assertThat((List<String>) body.get("roles")).as(account.email()).containsAll(account.roles());
        }
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE password_hash IS NOT NULL AND email LIKE ?", "%"))
                .as("no password is stored by ShopDesk in Keycloak mode")
                .isZero();
    }

    @Test
    void a_new_tenant_gets_its_organization_and_first_admin_in_keycloak_with_a_password_to_change() {
        String slug = slug("kc-new-");
        String admin = "kim@" + slug + ".example";
        String ops = KeycloakTokens.accessToken(keycloak, OPS, DEMO_PASSWORD);

        var created = KeycloakTokens.post(api + "/tenants", ops, createTenantJson(slug, admin));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat((String) json(created.body()).get("password")).hasSizeGreaterThanOrEqualTo(12);
        var organization =
                keycloak.realm().organizations().search(slug, true, 0, 10).getFirst();
        assertThat(organization.getAlias()).isEqualTo(slug);
        assertThat(organization.getDescription()).isEqualTo("Shop " + slug);
        var user = keycloakUsers(admin).getFirst();
        assertThat(keycloak.realm()
                        .organizations()
                        .get(organization.getId())
                        .members()
                        .getAll())
                .extracting(UserRepresentation::getEmail)
                .containsExactly(admin);
        assertThat(keycloak.realm().users().get(user.getId()).groups())
                .extracting(GroupRepresentation::getPath)
                .containsExactly("/tenants/" + slug + "/TENANT_ADMIN");
        assertThat(keycloak.realm().users().get(user.getId()).toRepresentation().getRequiredActions())
                .contains("UPDATE_PASSWORD");
        assertThat(tenants.exists(new TenantId(slug))).isTrue();
        assertThat(count("SELECT COUNT(*) FROM membership WHERE tenant_id = ?", slug))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE tenant_id = ? AND action = 'tenant.created'")
                        .param(slug)
                        .query(String.class)
                        .single())
                .isEqualTo(OPS);
    }

    @Test
    void an_admin_email_keycloak_knows_already_refuses_the_tenant_and_leaves_nothing_behind() {
        String slug = slug("kc-dup-");
        String email = "taken@" + slug + ".example";
        var stranger = new UserRepresentation();
        stranger.setUsername(email);
        stranger.setEmail(email);
        stranger.setEnabled(true);
        keycloak.realm().users().create(stranger).close();
        String ops = KeycloakTokens.accessToken(keycloak, OPS, DEMO_PASSWORD);

        var refused = KeycloakTokens.post(api + "/tenants", ops, createTenantJson(slug, email));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()))
                .containsEntry("code", "error.keycloak.account-exists")
                .containsEntry("field", "email");
        assertThat(refused.body()).contains(email).doesNotContain("Exception");
        assertThat(tenants.exists(new TenantId(slug))).isFalse();
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", email))
                .isZero();
        assertThat(organizationExists(slug)).isFalse();
        assertThat(groupExists("/tenants/" + slug)).isFalse();
        assertThat(keycloakUsers(email))
                .as("the stranger's own account is left alone")
                .hasSize(1);
    }

    @Test
    void a_database_failure_after_keycloak_succeeded_removes_the_organization_and_admin_from_keycloak() {
        String slug = slug("kc-fail-");
        String admin = "half@" + slug + ".example";
        var seenInKeycloak = new ArrayList<Boolean>();

        assertThatThrownBy(() -> tenants.createTenantAsSystem(
                        new TenantDraft("Shop " + slug, slug, "STARTER", admin, "Half Made", "en"),
                        "first-password-1",
                        () -> {
                            seenInKeycloak.add(organizationExists(slug)
                                    && !keycloakUsers(admin).isEmpty());
                            // A real database error after Keycloak has done its part: a membership of no tenant.
                            jdbc.sql("INSERT INTO membership (tenant_id, user_id, roles, created_at, version) "
                                            + "VALUES ('no-such-tenant', -1, 'AGENT', NOW(6), 0)")
                                    .update();
                        }))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(seenInKeycloak).containsExactly(true);
        assertThat(organizationExists(slug)).isFalse();
        assertThat(keycloakUsers(admin)).isEmpty();
        assertThat(groupExists("/tenants/" + slug)).isFalse();
        assertThat(tenants.exists(new TenantId(slug))).isFalse();
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", admin))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE target = ?", slug))
                .isZero();
    }

    @Test
    void a_slug_whose_organization_exists_only_in_keycloak_is_refused_and_the_organization_kept() {
        String slug = slug("kc-orphan-");
        var orphan = new OrganizationRepresentation();
        orphan.setName(slug);
        orphan.setAlias(slug);
        orphan.setEnabled(true);
        keycloak.realm().organizations().create(orphan).close();
        String ops = KeycloakTokens.accessToken(keycloak, OPS, DEMO_PASSWORD);

        var refused = KeycloakTokens.post(api + "/tenants", ops, createTenantJson(slug, "a@" + slug + ".example"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()))
                .containsEntry("code", "error.keycloak.organization-exists")
                .containsEntry("field", "slug");
        assertThat(tenants.exists(new TenantId(slug))).isFalse();
        assertThat(organizationExists(slug)).isTrue();
        assertThat(keycloakUsers("a@" + slug + ".example")).isEmpty();
    }

    @Test
    void members_join_the_organization_with_role_groups_and_a_member_of_two_tenants_names_one_per_request() {
        String first = slug("kc-one-");
        String second = slug("kc-two-");
        String trainer = "tia@" + first + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + first, first, "STARTER", "boss@" + first + ".example", "Boss", "en"),
                "boss-password-1",
                () -> accounts.addMemberAsSystem(
                        new MemberDraft(trainer, "Tia Trainer", Set.of(Roles.TRAINER), "tia-password-1", null)));
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + second, second, "STARTER", "boss@" + second + ".example", "Boss", "en"),
                "boss-password-2",
                () -> {});
        var joined = TenantContext.callAs(
                new TenantId(second),
                () -> accounts.addMemberAsSystem(new MemberDraft(trainer, null, Set.of(Roles.AGENT), null, null)));
        assertThat(joined.password())
                .as("an existing account keeps its password")
                .isEmpty();

        String token = KeycloakTokens.accessToken(keycloak, trainer, "tia-password-1");
        assertThat((List<String>) KeycloakTokens.claims(token).get("organization"))
                .containsExactlyInAnyOrder(first, second);
        var me = json(KeycloakTokens.get(api + "/me", token, null).body());
        assertThat(me.get("tenant")).as("no tenant until one is named").isNull();
        assertThat((List<String>) me.get("memberships")).containsExactlyInAnyOrder(first, second);
        var asAgent = json(KeycloakTokens.get(api + "/me", token, second).body());
        assertThat(asAgent.get("tenant")).isEqualTo(second);
        assertThat((List<String>) asAgent.get("roles")).containsExactly("AGENT");
        var asTrainer = json(KeycloakTokens.get(api + "/me", token, first).body());
        assertThat((List<String>) asTrainer.get("roles")).containsExactly("TRAINER");
        assertThat(KeycloakTokens.get(api + "/faq", token, second).statusCode())
                .as("an agent may not read the FAQ")
                .isEqualTo(403);
    }

    @Test
    void offboarding_a_tenant_deletes_its_organization_groups_and_the_accounts_of_no_other_organization() {
        String leaving = slug("kc-off-");
        String staying = slug("kc-stay-");
        String boss = "boss@" + leaving + ".example";
        String shared = "sam@" + leaving + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + leaving, leaving, "STARTER", boss, "Boss", "en"),
                "boss-password-1",
                () -> accounts.addMemberAsSystem(
                        new MemberDraft(shared, "Sam Shared", Set.of(Roles.AGENT), "sam-password-1", null)));
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + staying, staying, "STARTER", "boss@" + staying + ".example", "Boss", "en"),
                "boss-password-2",
                () -> {});
        TenantContext.callAs(
                new TenantId(staying),
                () -> accounts.addMemberAsSystem(new MemberDraft(shared, null, Set.of(Roles.AGENT), null, null)));
        assertThat(organizationExists(leaving)).isTrue();
        assertThat(groupExists("/tenants/" + leaving + "/AGENT")).isTrue();

        var result = asPlatformStaff(() -> offboarding.offboardAcrossTenants(new TenantId(leaving), leaving));

        assertThat(result.totalRows()).isPositive();
        assertThat(organizationExists(leaving)).isFalse();
        assertThat(groupExists("/tenants/" + leaving)).isFalse();
        assertThat(keycloakUsers(boss)).as("a member of no other organization").isEmpty();
        assertThat(keycloakUsers(shared))
                .as("a member of another organization too")
                .hasSize(1);
        assertThat(organizationExists(staying)).isTrue();
        assertThat(groupExists("/tenants/" + staying + "/AGENT")).isTrue();
        String token = KeycloakTokens.accessToken(keycloak, shared, "sam-password-1");
        assertThat((List<String>) KeycloakTokens.claims(token).get("organization"))
                .containsExactly(staying);
        assertThat(count("SELECT COUNT(*) FROM tenant WHERE id = ?", leaving)).isZero();
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", boss))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", shared))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM membership WHERE tenant_id = ?", leaving))
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT after_summary FROM audit_entry WHERE tenant_id = 'platform' AND action = 'tenant.offboard'"
                                        + " AND target = ?")
                        .param(leaving)
                        .query(String.class)
                        .single())
                .contains("identity-provider-accounts=1");
    }

    private <T> T asPlatformStaff(java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(OPS, null, "ROLE_" + Roles.PLATFORM_ADMIN));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_member_whose_email_keycloak_knows_already_is_refused_and_no_row_appears() {
        String email = "known@" + slug("kc-known-") + ".example";
        var stranger = new UserRepresentation();
        stranger.setUsername(email);
        stranger.setEmail(email);
        stranger.setEnabled(true);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue("stranger-password");
        stranger.setCredentials(List.of(credential));
        keycloak.realm().users().create(stranger).close();

        assertThatThrownBy(() -> TenantContext.callAs(
                        new TenantId("brightwave"),
                        () -> accounts.addMemberAsSystem(
                                new MemberDraft(email, "Known", Set.of(Roles.AGENT), null, null))))
                .isInstanceOfSatisfying(io.shopdesk.shared.BusinessRuleException.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("error.keycloak.account-exists");
                    assertThat(violation.field()).isEqualTo("email");
                });
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", email))
                .isZero();
        var user = keycloakUsers(email).getFirst();
        assertThat(keycloak.realm().users().get(user.getId()).groups()).isEmpty();
    }

    @Test
    void bearer_tokens_of_one_tenant_never_reach_another_tenants_data() {
        String token = KeycloakTokens.accessToken(keycloak, "admin@brightwave.example", DEMO_PASSWORD);

        assertThat(KeycloakTokens.get(api + "/tenants/brightwave", token, null).statusCode())
                .isEqualTo(200);
        var other = KeycloakTokens.get(api + "/tenants/yunshang", token, null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("云裳");
        assertThat(KeycloakTokens.get(api + "/tenants", token, null).statusCode())
                .isEqualTo(403);
        var forged = KeycloakTokens.get(api + "/faq", token, "yunshang");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        var faq = KeycloakTokens.get(api + "/faq", token, null);
        assertThat(faq.statusCode()).isEqualTo(200);
        assertThat(faq.body()).contains("How do I cancel my order?").doesNotContain("怎么选择适合自己的尺码");
        var audit = KeycloakTokens.get(api + "/audit-log?tenant=yunshang", token, null);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("brightwave").doesNotContain("\"yunshang\"");

        var ops = KeycloakTokens.accessToken(keycloak, OPS, DEMO_PASSWORD);
        assertThat(KeycloakTokens.get(api + "/tenants", ops, null).body()).contains("yunshang", "brightwave");
    }

    @Test
    void requests_without_a_valid_token_get_401_problem_details() {
        var anonymous = KeycloakTokens.get(api + "/me", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(KeycloakTokens.get(api + "/me", "not-a-token", null).statusCode())
                .isEqualTo(401);
        String token = KeycloakTokens.accessToken(keycloak, "admin@brightwave.example", DEMO_PASSWORD);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(KeycloakTokens.get(api + "/me", tampered, null).statusCode()).isEqualTo(401);
        var wrongPassword = KeycloakTokens.passwordGrant(keycloak, "admin@brightwave.example", "wrong-password");
        assertThat(wrongPassword.statusCode()).isBetween(400, 401);
        assertThat(wrongPassword.body()).contains("invalid_grant");
    }

    @Test
    void tokens_of_a_suspended_tenant_are_refused_until_it_is_reactivated() {
        String slug = slug("kc-susp-");
        String admin = "sue@" + slug + ".example";
        tenants.createTenantAsSystem(
                new TenantDraft("Shop " + slug, slug, "STARTER", admin, "Sue", "en"), "sue-password-1", () -> {});
        String token = KeycloakTokens.accessToken(keycloak, admin, "sue-password-1");
        String ops = KeycloakTokens.accessToken(keycloak, OPS, DEMO_PASSWORD);
        assertThat(KeycloakTokens.get(api + "/me", token, null).statusCode()).isEqualTo(200);

        assertThat(KeycloakTokens.post(api + "/tenants/" + slug + "/suspend", ops, "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(KeycloakTokens.get(api + "/me", token, null).statusCode()).isEqualTo(401);

        assertThat(KeycloakTokens.post(api + "/tenants/" + slug + "/reactivate", ops, "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(KeycloakTokens.get(api + "/me", token, null).statusCode()).isEqualTo(200);
    }
}
