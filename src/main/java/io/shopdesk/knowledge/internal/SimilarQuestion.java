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

/** Another way customers ask a FAQ entry's question. */
@Entity
@Table(name = "faq_similar_question")
public class SimilarQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_entry_id")
    private FaqEntry entry;

    private String text;

    private int position;

    protected SimilarQuestion() {}

    SimilarQuestion(FaqEntry entry, String text, int position) {
        this.entry = entry;
        this.text = text;
        this.position = position;
    }

    String text() {
        return text;
    }
}
