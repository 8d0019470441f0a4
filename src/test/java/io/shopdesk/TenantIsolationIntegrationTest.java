package io.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.MemberSummary;
import io.shopdesk.security.TenantContext;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tenant A's people try to read and change tenant B's data through the services and the HTTP API, including with
 * forged tenant ids; every attempt must fail or see nothing of B. (The console views are checked by the journeys.)
 */
@IntegrationTest
class TenantIsolationIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    FaqEntryRepository faqEntries;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TenantManagement tenants;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestTenant a;
    TestTenant b;

    @BeforeEach
    void two_tenants_with_their_own_faq() {
        a = users.newTenant("STARTER", List.of(faq("a-returns", "How do I return a jacket?")));
        b = users.newTenant("STARTER", List.of(faq("b-secret", "What is the secret wholesale price?")));
    }

    private static FaqDraft faq(String key, String question) {
        return new FaqDraft(
                key, "General", question, List.of(question + " please"), "Answer to " + key, List.of(), null);
    }

    @Test
    void services_show_a_tenant_only_its_own_faq_members_and_audit_entries() {
        var faqOfA = users.as(a.trainer(), faq::allEntries);
        assertThat(faqOfA).extracting(FaqEntrySummary::key).containsExactly("a-returns");

        var membersOfA = users.as(a.admin(), accounts::membersOfCurrentTenant);
        assertThat(membersOfA)
                .extracting(MemberSummary::email)
                .containsExactlyInAnyOrder(a.admin(), a.trainer(), a.agent());

        var auditOfA = users.as(a.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 100));
        assertThat(auditOfA).isNotEmpty().extracting(AuditEntry::tenant).containsOnly(a.id());
        // Even a query naming B is answered for A only.
        var forged = users.as(
                a.admin(), () -> auditLog.searchOwnTenant(new AuditQuery(null, b.id(), null, null, null), 0, 100));
        assertThat(forged).extracting(AuditEntry::tenant).containsOnly(a.id());
    }

    @Test
    void services_refuse_platform_operations_and_cross_tenant_reads_to_tenant_users() {
        users.run(a.admin(), () -> {
            assertThatThrownBy(tenants::listAcrossTenants).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.searchAcrossTenants(AuditQuery.all(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
        });
        long idOfB = TenantContext.callAs(
                b.id(), () -> faqEntries.findAll().getFirst().id());
        users.run(a.trainer(), () -> assertThat(faqEntries.findById(idOfB)).isEmpty());
    }

    @Test
    void an_entity_of_tenant_b_cannot_be_written_in_a_session_of_tenant_a() {
        var entryOfB = TenantContext.callAs(b.id(), () -> faqEntries.findAll().getFirst());
        users.run(
                a.trainer(),
                () -> assertThatThrownBy(() -> faqEntries.saveAndFlush(entryOfB))
                        .isInstanceOf(RuntimeException.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM faq_entry WHERE tenant_id = ?")
                        .param(a.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT tenant_id FROM faq_entry WHERE id = ?")
                        .param(entryOfB.id())
                        .query(String.class)
                        .single())
                .isEqualTo(b.id().value());
    }

    @Test
    void the_http_api_answers_another_tenants_slug_with_404_like_a_missing_one() {
        assertThat(get(a.admin(), "/api/v1/tenants/" + a.id().value(), null).statusCode())
                .isEqualTo(200);
        var other = get(a.admin(), "/api/v1/tenants/" + b.id().value(), null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(b.id().value() + "\",\"name").doesNotContain("Shop " + b.id().value());
        assertThat(get(a.admin(), "/api/v1/tenants/does-not-exist", null).statusCode())
                .isEqualTo(404);
        assertThat(get(a.admin(), "/api/v1/tenants", null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_forged_tenant_header_is_refused_and_never_switches_tenant() {
        var forged = get(a.trainer(), "/api/v1/faq", b.id().value());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("b-secret");
        var own = get(a.trainer(), "/api/v1/faq", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("a-returns").doesNotContain("b-secret");
    }

    @Test
    void a_tenant_id_smuggled_into_a_request_body_or_parameter_is_ignored() {
        String body = "[{\"key\":\"smuggled\",\"tenantId\":\"" + b.id().value() + "\",\"question\":\"Smuggled?\","
                + "\"answer\":\"No.\"}]";
        var created = post(a.trainer(), "/api/v1/faq", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT tenant_id FROM faq_entry WHERE entry_key = 'smuggled'")
                        .query(String.class)
                        .list())
                .containsExactly(a.id().value());
        var audit = get(a.admin(), "/api/v1/audit-log?tenant=" + b.id().value(), null);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains(a.id().value()).doesNotContain("\"" + b.id().value() + "\"");
    }

    @Test
    void the_http_api_needs_credentials_and_explains_errors_without_stack_traces() {
        var anonymous = send(HttpRequest.newBuilder(url("/api/v1/faq")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        var malformed = post(a.trainer(), "/api/v1/faq", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body())
                .contains("error.request-malformed")
                .doesNotContain("Exception")
                .doesNotContain("at io.");
        var duplicate =
                post(a.trainer(), "/api/v1/faq", "[{\"question\":\"How do I return a jacket?\",\"answer\":\"x\"}]");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"question\"");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String email, String path, String tenantHeader) {
        var request = HttpRequest.newBuilder(url(path))
                .header("Authorization", basic(email))
                .GET();
        if (tenantHeader != null) {
            request.header("X-ShopDesk-Tenant", tenantHeader);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String email, String path, String json) {
        return send(HttpRequest.newBuilder(url(path))
                .header("Authorization", basic(email))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((email + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
