package io.shopdesk.knowledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A passage of an article: a few hundred characters under one heading. */
@Entity
@Table(name = "knowledge_passage")
public class KnowledgePassage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private KnowledgeArticle article;

    private int position;

    private String heading;

    private String text;

    protected KnowledgePassage() {}

    KnowledgePassage(KnowledgeArticle article, int position, String heading, String text) {
        this.article = article;
        this.position = position;
        this.heading = heading;
        this.text = text;
    }
}
