package io.shopdesk.knowledge.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KnowledgeArticleRepository extends JpaRepository<KnowledgeArticle, Long> {

    @Query("select a from KnowledgeArticle a order by a.updatedAt desc, a.id desc")
    List<KnowledgeArticle> findAllNewestFirst();

    @Query("select a.id, count(p) from KnowledgePassage p join p.article a group by a.id")
    List<Object[]> passageCounts();

    /** (passage id, article id, title, source name, heading, position, text) of published articles. */
    @Query("select p.id, a.id, a.title, a.sourceName, p.heading, p.position, p.text from KnowledgePassage p"
            + " join p.article a where a.published = true order by a.id, p.position")
    List<Object[]> publishedPassages();

    @Query("select p.id, a.id, a.title, a.sourceName, p.heading, p.position, p.text from KnowledgePassage p"
            + " join p.article a where a.published = true and a.id in :articleIds order by a.id, p.position")
    List<Object[]> publishedPassagesOf(Collection<Long> articleIds);

    @Query("select p.id, a.id, a.title, a.sourceName, p.heading, p.position, p.text from KnowledgePassage p"
            + " join p.article a where a.id = :articleId order by p.position")
    List<Object[]> passagesOf(long articleId);

    long countByPublishedTrue();
}
