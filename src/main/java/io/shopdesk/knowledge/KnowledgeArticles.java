package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.KnowledgeArticle;
import io.shopdesk.knowledge.internal.KnowledgeArticleRepository;
import io.shopdesk.knowledge.internal.KnowledgeClock;
import io.shopdesk.knowledge.internal.articles.ArticleFormat;
import io.shopdesk.knowledge.internal.articles.ArticleParser;
import io.shopdesk.knowledge.internal.articles.Block;
import io.shopdesk.knowledge.internal.articles.PassageSplitter;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's knowledge articles: long documents, uploaded (.txt, .md, .html, .pdf, .docx, at most 10 MB)
 * or pasted, kept as passages of 300-800 characters that the engine retrieves and the bot quotes with their source
 * when no FAQ entry matches. Changes are audited and announced with {@link ArticlesChanged}. The retrieval reads
 * ({@link #passagesForRetrieval}, {@link #passagesOf}) are for system use in {@code TenantContext.callAs}.
 */
@Service
public class KnowledgeArticles {

    public static final int MAX_TITLE = 200;
    private static final int CHUNK = 1000;

    private final KnowledgeArticleRepository articles;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final KnowledgeClock clock;
    private final TransactionTemplate transactions;

    KnowledgeArticles(
            KnowledgeArticleRepository articles,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            KnowledgeClock clock,
            PlatformTransactionManager transactionManager) {
        this.articles = articles;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reads an uploaded document and stores it as an article; the title defaults to the file name. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public ArticleSummary upload(String fileName, byte[] content, String title) {
        var blocks = ArticleParser.parse(fileName, content);
        String name = fileName.strip();
        String chosen = title == null || title.isBlank() ? name.replaceFirst("\\.[^.]+$", "") : title;
        return store(chosen, name, ArticleFormat.ofFileName(fileName).mediaType(), blocks);
    }

    /** Stores pasted text (Markdown headings are honoured) as an article. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public ArticleSummary paste(String title, String text) {
        if (title == null || title.isBlank()) {
            throw BusinessRuleException.onField("title", "error.article.title-required");
        }
        return store(title, "pasted", ArticleFormat.MARKDOWN.mediaType(), ArticleParser.parsePasted(text));
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<ArticleSummary> list() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : articles.passageCounts()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return articles.findAllNewestFirst().stream()
                .map(article -> summary(article, counts.getOrDefault(article.id(), 0L)))
                .toList();
    }

    /** The passages of one article (published or not), for the console's preview. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<ArticlePassage> passages(long articleId) {
        if (!articles.existsById(articleId)) {
            throw new NotFoundException("article", articleId);
        }
        return passages(articles.passagesOf(articleId));
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public void setPublished(long articleId, boolean published) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        if (article.published() == published) {
            return;
        }
        article.publish(published, clock.now());
        var tenant = TenantContext.require();
        auditLog.record(
                tenant,
                published ? "knowledge.article-published" : "knowledge.article-unpublished",
                "article:" + articleId,
                null,
                article.title());
        events.publishEvent(new ArticlesChanged(tenant, Set.of(articleId)));
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public void delete(long articleId) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        articles.delete(article);
        var tenant = TenantContext.require();
        auditLog.record(tenant, "knowledge.article-deleted", "article:" + articleId, article.title(), null);
        events.publishEvent(new ArticlesChanged(tenant, Set.of(articleId)));
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return articles.countByPublishedTrue();
    }

    /** Every passage of the current tenant's published articles, by article and position (system use). */
    @Transactional(readOnly = true)
    public List<ArticlePassage> passagesForRetrieval() {
        return passages(articles.publishedPassages());
    }

    /** The passages of the given articles if they are published and the current tenant's (system use). */
    @Transactional(readOnly = true)
    public List<ArticlePassage> passagesOf(Collection<Long> articleIds) {
        var all = List.copyOf(new TreeSet<>(articleIds));
        var result = new ArrayList<ArticlePassage>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            result.addAll(
                    passages(articles.publishedPassagesOf(all.subList(from, Math.min(all.size(), from + CHUNK)))));
        }
        return result;
    }

    private ArticleSummary store(String title, String sourceName, String mediaType, List<Block> blocks) {
        String cleanTitle = title.strip();
        if (cleanTitle.length() > MAX_TITLE) {
            throw BusinessRuleException.onField("title", "error.article.title-too-long", MAX_TITLE);
        }
        var passages = PassageSplitter.split(blocks);
        if (passages.size() > PassageSplitter.MAX_PASSAGES) {
            throw new BusinessRuleException("error.article.too-many-passages", PassageSplitter.MAX_PASSAGES);
        }
        var tenant = TenantContext.require();
        return transactions.execute(status -> {
            var article = new KnowledgeArticle(cleanTitle, cut(sourceName, 255), mediaType, clock.now());
            passages.forEach(
                    passage -> article.addPassage(passage.position(), cut(passage.heading(), 500), passage.text()));
            var saved = articles.save(article);
            auditLog.record(
                    tenant,
                    "knowledge.article-added",
                    "article:" + saved.id(),
                    null,
                    cleanTitle + " (" + passages.size() + " passages)");
            events.publishEvent(new ArticlesChanged(tenant, Set.of(saved.id())));
            return summary(saved, passages.size());
        });
    }

    private static ArticleSummary summary(KnowledgeArticle article, long passageCount) {
        return new ArticleSummary(
                article.id(),
                article.title(),
                article.sourceName(),
                article.mediaType(),
                passageCount,
                article.charCount(),
                article.published(),
                article.updatedAt());
    }

    private static List<ArticlePassage> passages(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new ArticlePassage(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (Integer) row[5],
                        (String) row[6]))
                .toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
