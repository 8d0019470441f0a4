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

/** The answer of a FAQ entry on one channel type, replacing the default answer there. */
@Entity
@Table(name = "faq_answer_variant")
class FaqAnswerVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_entry_id")
    private FaqEntry entry;

    @Column(name = "channel_type")
    private String channelType;

    private String answer;

    protected FaqAnswerVariant() {}

    FaqAnswerVariant(FaqEntry entry, String channelType, String answer) {
        this.entry = entry;
        this.channelType = channelType;
        this.answer = answer;
    }

    String channelType() {
        return channelType;
    }

    String answer() {
        return answer;
    }

    void changeAnswer(String newAnswer) {
        this.answer = newAnswer;
    }
}
