package io.shopdesk.knowledge.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A long document the bot quotes from, kept as its passages (the original file is not stored). */
@Entity
@Table(name = "knowledge_article")
public class KnowledgeArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private String title;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "char_count")
    private int charCount;

    private boolean published;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<KnowledgePassage> passages = new ArrayList<>();

    protected KnowledgeArticle() {}

    public KnowledgeArticle(String title, String sourceName, String mediaType, Instant now) {
        this.title = title;
        this.sourceName = sourceName;
        this.mediaType = mediaType;
        this.published = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addPassage(int position, String heading, String text) {
        passages.add(new KnowledgePassage(this, position, heading, text));
        charCount += text.length();
    }

    public void publish(boolean publish, Instant now) {
        this.published = publish;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String sourceName() {
        return sourceName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int charCount() {
        return charCount;
    }

    public boolean published() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
