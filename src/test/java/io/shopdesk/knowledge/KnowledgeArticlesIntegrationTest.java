package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.security.TenantContext;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class KnowledgeArticlesIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    ApplicationEvents events;

    @Test
    void an_uploaded_document_is_stored_as_passages_with_their_source_and_only_published_ones_are_retrieved() {
        var shop = users.newTenant();
        var markdown = ("# Warranty\n\n" + "Every device has a two-year warranty. ".repeat(30)
                        + "\n\n## Claims\n\nSend the device with the receipt.")
                .getBytes(StandardCharsets.UTF_8);
        var added = users.as(shop.trainer(), () -> articles.upload("warranty-policy.md", markdown, null));
        assertThat(added.title()).isEqualTo("warranty-policy");
        // 1,140 characters under one heading: two passages of at most 800; the sub-heading starts a third.
        assertThat(added.passageCount()).isEqualTo(3);
        assertThat(events.stream(ArticlesChanged.class)).anySatisfy(event -> {
            assertThat(event.tenant()).isEqualTo(shop.id());
            assertThat(event.articleIds()).containsExactly(added.id());
        });
        var pasted = users.as(shop.trainer(), () -> articles.paste("配送说明", "## 发货\n下单后 48 小时内发货。"));

        var passages = TenantContext.callAs(shop.id(), articles::passagesForRetrieval);
        assertThat(passages).extracting(ArticlePassage::articleTitle).contains("warranty-policy", "配送说明");
        assertThat(passages)
                .filteredOn(p -> p.articleId() == added.id())
                .extracting(ArticlePassage::heading)
                .containsExactly("Warranty", "Warranty", "Warranty > Claims");
        assertThat(passages)
                .filteredOn(p -> p.articleId() == pasted.id())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.sourceName()).isEqualTo("pasted");
                    assertThat(p.text()).isEqualTo("下单后 48 小时内发货。");
                });

        users.run(shop.trainer(), () -> articles.setPublished(added.id(), false));
        assertThat(TenantContext.callAs(shop.id(), articles::passagesForRetrieval))
                .extracting(ArticlePassage::articleId)
                .containsOnly(pasted.id());
        assertThat(TenantContext.callAs(shop.id(), () -> articles.passagesOf(java.util.List.of(added.id()))))
                .isEmpty();
        users.run(shop.trainer(), () -> articles.delete(pasted.id()));
        assertThat(users.as(shop.trainer(), articles::list))
                .extracting(ArticleSummary::id)
                .containsExactly(added.id());
    }

    @Test
    void a_damaged_file_is_refused_and_nothing_is_stored() {
        var shop = users.newTenant();
        users.run(shop.trainer(), () -> {
            assertThatThrownBy(() ->
                            articles.upload("manual.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8), null))
                    .hasMessageContaining("error.article.unreadable");
            assertThat(articles.list()).isEmpty();
        });
    }
}
