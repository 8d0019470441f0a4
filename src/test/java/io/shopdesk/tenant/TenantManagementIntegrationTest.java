package io.shopdesk.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.MemberDraft;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TenantManagementIntegrationTest {

    @Autowired
    TenantManagement tenants;

    @Autowired
    AccountManagement accounts;

    @Autowired
    FaqManagement faq;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private static TenantDraft draft(String slug, String email) {
        return new TenantDraft("Shop " + slug, slug, "FREE", email, "First Admin", "zh-CN");
    }

    private long rows(String table, String tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    @Test
    void a_platform_admin_creates_a_tenant_whose_first_admin_can_sign_in_and_the_creation_is_audited() {
        var credentials =
                users.asPlatformAdmin(() -> tenants.createTenant(draft("new-shop-one", "boss@new-shop-one.example")));

        assertThat(credentials.password()).hasSizeGreaterThanOrEqualTo(12);
        var members = users.as(credentials.email(), credentials.password(), accounts::membersOfCurrentTenant);
        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.email()).isEqualTo("boss@new-shop-one.example");
            assertThat(member.roles()).containsExactly("TENANT_ADMIN");
        });
        var entries = users.asPlatformAdmin(() -> auditLog.searchAcrossTenants(
                new AuditQuery(null, new TenantId("new-shop-one"), null, null, null), 0, 10));
        assertThat(entries).extracting(entry -> entry.action()).contains("tenant.created", "member.added");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(TestUsers.PLATFORM_ADMIN));
    }

    @Test
    void a_duplicate_slug_is_refused_on_the_slug_field_and_creates_nothing() {
        assertThatThrownBy(
                        () -> users.asPlatformAdmin(() -> tenants.createTenant(draft("brightwave", "other@x.example"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, violation -> {
                    assertThat(violation.field()).isEqualTo("slug");
                    assertThat(violation.messageKey()).isEqualTo("error.slug-taken");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE email = 'other@x.example'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void invalid_input_is_refused_with_the_field_it_concerns() {
        assertThatThrownBy(
                        () -> users.asPlatformAdmin(() -> tenants.createTenant(draft("ok-slug-two", "not-an-email"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, v -> assertThat(v.field()).isEqualTo("adminEmail"));
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> tenants.createTenant(draft("Bad Slug!", "a@b.example"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, v -> assertThat(v.field()).isEqualTo("slug"));
        assertThatThrownBy(() -> users.asPlatformAdmin(() ->
                        tenants.createTenant(new TenantDraft(" ", "ok-slug-three", "FREE", "a@b.example", "", "en"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, v -> assertThat(v.field()).isEqualTo("name"));
        assertThatThrownBy(() -> users.asPlatformAdmin(() ->
                        tenants.createTenant(new TenantDraft("Shop", "ok-slug-four", "GOLD", "a@b.example", "", "en"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, v -> assertThat(v.field()).isEqualTo("plan"));
        assertThatThrownBy(() -> users.asPlatformAdmin(() -> tenants.createTenant(draft("platform", "a@b.example"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, v -> assertThat(v.field()).isEqualTo("slug"));
        assertThat(tenants.exists(new TenantId("ok-slug-two"))).isFalse();
    }

    @Test
    void a_failure_after_the_tenant_row_is_written_leaves_no_tenant_account_membership_or_audit_entry() {
        String slug = "half-made-shop";
        assertThatThrownBy(() ->
                        tenants.createTenantAsSystem(draft(slug, "half@half-made-shop.example"), "password-123", () -> {
                            throw new BusinessRuleException("error.unexpected", "injected");
                        }))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(tenants.exists(new TenantId(slug))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE email = 'half@half-made-shop.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(rows("membership", slug)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void only_platform_staff_may_list_create_or_suspend_tenants() {
        var tenant = users.newTenant();
        users.run(tenant.admin(), () -> {
            assertThatThrownBy(tenants::listAcrossTenants).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tenants.createTenant(draft("sneaky-shop", "x@y.example")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tenants.suspendTenant(new TenantId("brightwave")))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(tenants.exists(new TenantId("sneaky-shop"))).isFalse();
    }

    @Test
    void a_suspended_tenant_is_inactive_until_reactivated_and_both_changes_are_audited() {
        var tenant = users.newTenant();
        users.asPlatformAdmin(() -> {
            tenants.suspendTenant(tenant.id());
            return null;
        });
        assertThat(directory.find(tenant.id()))
                .hasValueSatisfying(summary -> assertThat(summary.active()).isFalse());
        users.asPlatformAdmin(() -> {
            tenants.reactivateTenant(tenant.id());
            return null;
        });
        assertThat(directory.find(tenant.id()))
                .hasValueSatisfying(summary -> assertThat(summary.active()).isTrue());
        var actions = users.as(tenant.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 50)).stream()
                .map(entry -> entry.action())
                .toList();
        assertThat(actions).contains("tenant.suspended", "tenant.reactivated");
    }

    @Test
    void the_seat_quota_of_the_plan_is_enforced_with_a_message_naming_the_limit() {
        var tenant = users.newTenant("FREE", List.of());
        // FREE allows 3 seats: admin, trainer and agent use them all.
        assertThatThrownBy(() -> users.run(
                        tenant.admin(),
                        () -> accounts.addMember(
                                new MemberDraft("fourth@x.example", "Fourth", Set.of("AGENT"), null, null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("error.quota.seats");
                    assertThat(violation.arguments()).containsExactly(3);
                });
        assertThat(rows("membership", tenant.id().value())).isEqualTo(3);
    }

    @Test
    void the_faq_quota_is_enforced_for_a_whole_batch_before_anything_is_written() {
        var tenant = users.newTenant("FREE", List.of());
        var tooMany = IntStream.range(0, 101)
                .mapToObj(i -> new FaqDraft(
                        null, "General", "Question number " + i + "?", List.of(), "Answer " + i, List.of(), null))
                .toList();
        assertThatThrownBy(() -> users.run(tenant.trainer(), () -> faq.addEntries(tooMany)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("error.quota.faq-entries"));
        assertThat(rows("faq_entry", tenant.id().value())).isZero();
    }

    @Test
    void the_tenant_list_shows_usage_per_tenant() {
        var tenant = users.newTenant(
                "STARTER",
                List.of(new FaqDraft(
                        "k1",
                        "General",
                        "Do you ship abroad?",
                        List.of("International shipping?"),
                        "Yes.",
                        List.of(),
                        null)));
        var overview = users.asPlatformAdmin(tenants::listAcrossTenants).stream()
                .filter(candidate -> candidate.id().equals(tenant.id()))
                .findFirst()
                .orElseThrow();
        assertThat(overview.usage().of(Quota.SEATS)).isEqualTo(3);
        assertThat(overview.usage().of(Quota.FAQ_ENTRIES)).isEqualTo(1);
        assertThat(overview.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(users.asPlatformAdmin(tenants::listAcrossTenants))
                .extracting(TenantOverview::id)
                .doesNotContain(TenantId.PLATFORM);
    }
}
