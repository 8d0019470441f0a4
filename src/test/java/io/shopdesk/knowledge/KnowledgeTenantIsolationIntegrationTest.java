package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant A's trainer tries to read and change tenant B's FAQ entries, categories, statistics and articles through
 * every knowledge service and the HTTP API; each attempt must fail like a missing id or change nothing of B.
 */
@IntegrationTest
class KnowledgeTenantIsolationIntegrationTest {

    record Reported(TenantId tenant, long faqEntryId, Kind kind, Instant at) implements FaqEntryOutcome {}

    @Autowired
    TestUsers users;

    @Autowired
    FaqManagement faq;

    @Autowired
    FaqBulkActions bulk;

    @Autowired
    FaqCategories categories;

    @Autowired
    FaqImport faqImport;

    @Autowired
    FaqExport export;

    @Autowired
    FaqAnswers answers;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestTenant a;
    TestTenant b;
    long entryOfB;
    long categoryOfB;
    long articleOfB;

    @BeforeEach
    void two_tenants() {
        a = users.newTenant(
                "STARTER",
                List.of(new FaqDraft(
                        "a-ship", "Shipping", "How fast do you ship?", List.of(), "Two days.", List.of(), null)));
        b = users.newTenant(
                "STARTER",
                List.of(new FaqDraft(
                        "b-secret",
                        "Secret",
                        "What is the wholesale price?",
                        List.of("b-similar-secret"),
                        "b-answer-secret",
                        List.of("b-tag"),
                        null)));
        entryOfB = users.as(b.trainer(), faq::allEntries).getFirst().id();
        categoryOfB = users.as(b.trainer(), categories::tree).getFirst().id();
        articleOfB = users.as(b.trainer(), () -> articles.paste("B handbook", "b-passage-secret"))
                .id();
    }

    private String stateOfB() {
        return jdbc.sql(
                        "SELECT CONCAT(question, '|', answer, '|', status, '|', COALESCE(category_id, ''), '|', version)"
                                + " FROM faq_entry WHERE id = ?")
                .param(entryOfB)
                .query(String.class)
                .single();
    }

    @Test
    void services_treat_another_tenants_entries_categories_and_articles_as_missing() {
        String before = stateOfB();
        users.run(a.trainer(), () -> {
            assertThatThrownBy(() -> faq.entry(entryOfB)).isInstanceOf(NotFoundException.class);
            var edit = new FaqEdit(
                    null, null, "Hijacked?", List.of(), "x", Map.of(), List.of(), FaqStatus.DRAFT, null, null, 0);
            assertThatThrownBy(() -> faq.updateEntry(entryOfB, edit)).isInstanceOf(NotFoundException.class);
            assertThat(bulk.publish(List.of(entryOfB))).isZero();
            assertThat(bulk.unpublish(List.of(entryOfB))).isZero();
            long categoryOfA = categories.tree().getFirst().id();
            assertThat(bulk.moveToCategory(List.of(entryOfB), categoryOfA)).isZero();
            assertThat(bulk.delete(List.of(entryOfB))).isZero();
            assertThatThrownBy(() -> bulk.moveToCategory(List.of(), categoryOfB))
                    .hasMessageContaining("error.not-found");
            assertThatThrownBy(() -> categories.rename(categoryOfB, "Mine")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> categories.delete(categoryOfB)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> categories.create(categoryOfB, "Child")).isInstanceOf(NotFoundException.class);
            assertThat(categories.tree()).extracting(FaqCategoryNode::name).containsExactly("Shipping");
            assertThat(faq.list(
                            FaqFilter.ALL.withText("wholesale"), org.springframework.data.domain.PageRequest.of(0, 10)))
                    .isEmpty();
            assertThat(faq.count(new FaqFilter(null, null, categoryOfB, false, null)))
                    .isZero();
            assertThat(faq.tags()).doesNotContain("b-tag");
            assertThatThrownBy(() -> articles.passages(articleOfB)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> articles.setPublished(articleOfB, false)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> articles.delete(articleOfB)).isInstanceOf(NotFoundException.class);
            assertThat(articles.list()).isEmpty();
            var file = new ByteArrayOutputStream();
            export.export(FaqFilter.ALL, FaqFileFormat.CSV, file);
            assertThat(file.toString(StandardCharsets.UTF_8))
                    .contains("How fast do you ship?")
                    .doesNotContain("secret");
            // B's question is no duplicate for A: A may have the same question.
            var preview = faqImport.preview(
                    "faq.csv",
                    "question,answer\nWhat is the wholesale price?,Ask us.\n".getBytes(StandardCharsets.UTF_8));
            assertThat(preview.importable()).isTrue();
            faqImport.importRows(preview, FaqImportProgress.NONE);
        });
        assertThat(stateOfB()).isEqualTo(before);
        assertThat(TenantContext.callAs(a.id(), () -> faq.entriesById(List.of(entryOfB))))
                .isEmpty();
        assertThat(TenantContext.callAs(a.id(), () -> answers.answerFor(entryOfB, "WEB")))
                .isEmpty();
        assertThat(TenantContext.callAs(a.id(), () -> articles.passagesOf(List.of(articleOfB))))
                .isEmpty();
        assertThat(TenantContext.callAs(a.id(), articles::passagesForRetrieval)).isEmpty();
        assertThat(TenantContext.callAs(b.id(), () -> faq.entriesById(List.of(entryOfB))))
                .hasSize(1);
        assertThat(users.as(b.trainer(), faq::allEntries))
                .extracting(FaqEntrySummary::answer)
                .containsExactly("b-answer-secret");
    }

    @Test
    void an_outcome_claiming_another_tenant_for_an_entry_never_counts() {
        long entryOfA = users.as(a.trainer(), faq::allEntries).getFirst().id();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Reported(a.id(), entryOfB, FaqEntryOutcome.Kind.MATCHED, Instant.now()));
            events.publishEvent(new Reported(a.id(), entryOfA, FaqEntryOutcome.Kind.MATCHED, Instant.now()));
        });
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(users.as(a.trainer(), () -> faq.entry(entryOfA))
                                .stats()
                                .hits())
                        .isEqualTo(1));
        assertThat(users.as(b.trainer(), () -> faq.entry(entryOfB)).stats().hits())
                .isZero();
    }

    @Test
    void the_http_api_answers_another_tenants_entry_with_404_and_never_changes_it() {
        String before = stateOfB();
        var path = "/api/v1/faq/" + entryOfB;
        assertThat(send(a.trainer(), "GET", path, null, null).statusCode()).isEqualTo(404);
        var put = send(
                a.trainer(),
                "PUT",
                path,
                "application/json",
                "{\"question\":\"Hijacked?\",\"answer\":\"x\",\"status\":\"DRAFT\",\"version\":0}");
        assertThat(put.statusCode()).isEqualTo(404);
        assertThat(put.body()).doesNotContain("wholesale");
        assertThat(send(a.trainer(), "DELETE", path, null, null).statusCode()).isEqualTo(404);
        assertThat(send(a.trainer(), "POST", path + "/publish?published=false", null, null)
                        .statusCode())
                .isEqualTo(404);
        var exported = send(a.trainer(), "GET", "/api/v1/faq/export?format=csv", null, null);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.body()).contains("How fast do you ship?").doesNotContain("secret");
        assertThat(send(b.trainer(), "GET", path, null, null).body()).contains("wholesale");
        assertThat(stateOfB()).isEqualTo(before);
    }

    @Test
    void the_http_import_explains_row_problems_and_writes_only_into_the_callers_tenant() {
        String boundary = UUID.randomUUID().toString();
        var bad = multipart(boundary, "question,answer\nHow fast do you ship?,dup\nNew?,<script>x()</script>\n");
        var refused = send(a.trainer(), "POST", "/api/v1/faq/import", "multipart/form-data; boundary=" + boundary, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("error.faq.question-duplicate")
                .contains("error.faq.answer-unsafe")
                .contains("\"row\":2")
                .contains("\"row\":3")
                .doesNotContain("Exception");
        var good = multipart(boundary, "question,answer\nWhat is the wholesale price?,Ask A.\n");
        var created =
                send(a.trainer(), "POST", "/api/v1/faq/import", "multipart/form-data; boundary=" + boundary, good);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT tenant_id FROM faq_entry WHERE answer = 'Ask A.'")
                        .query(String.class)
                        .list())
                .containsExactly(a.id().value());
    }

    private static String multipart(String boundary, String csv) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"faq.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    }

    private HttpResponse<String> send(String email, String method, String path, String contentType, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (email + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
