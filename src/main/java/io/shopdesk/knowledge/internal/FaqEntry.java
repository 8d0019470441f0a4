package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A FAQ entry: the standard question, the ways customers also ask it, and the answer. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "entry_key")
    private String key;

    private String question;

    private String answer;

    @Enumerated(EnumType.STRING)
    private FaqStatus status;

    private String tags;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SimilarQuestion> similarQuestions = new ArrayList<>();

    protected FaqEntry() {}

    public FaqEntry(
            Long categoryId, String key, String question, String answer, FaqStatus status, String tags, Instant now) {
        this.categoryId = categoryId;
        this.key = key;
        this.question = question;
        this.answer = answer;
        this.status = status;
        this.tags = tags;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addSimilarQuestion(String text) {
        similarQuestions.add(new SimilarQuestion(this, text, similarQuestions.size()));
    }

    public Long id() {
        return id;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String key() {
        return key;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public FaqStatus status() {
        return status;
    }

    public String tags() {
        return tags;
    }

    public List<String> similarQuestionTexts() {
        return similarQuestions.stream().map(SimilarQuestion::text).toList();
    }
}
