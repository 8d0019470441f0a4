package io.shopdesk.engine.internal;

import io.shopdesk.engine.TestQuestion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A question of a tenant's test set; a removed one is kept so it is not added back automatically. */
@Entity
@Table(name = "engine_test_question")
public class TestQuestionRow {

    /** The longest question kept; longer ones are cut. */
    public static final int MAX_QUESTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private String question;

    @Column(name = "faq_entry_id")
    private Long faqEntryId;

    @Enumerated(EnumType.STRING)
    private TestQuestion.Source source;

    private boolean removed;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected TestQuestionRow() {}

    public TestQuestionRow(
            String question, Long faqEntryId, TestQuestion.Source source, Instant createdAt, String createdBy) {
        this.question = question;
        this.faqEntryId = faqEntryId;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String question() {
        return question;
    }

    public boolean removed() {
        return removed;
    }

    public TestQuestion.Source source() {
        return source;
    }

    public void remove() {
        removed = true;
    }

    /** Puts a removed question back with the given expected entry. */
    public void restore(Long entryId, TestQuestion.Source newSource) {
        removed = false;
        faqEntryId = entryId;
        source = newSource;
    }

    public TestQuestion view() {
        return new TestQuestion(id, question, faqEntryId, source);
    }
}
