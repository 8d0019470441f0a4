package io.shopdesk.conversation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A tenant's dialogue settings (one row per tenant). */
@Entity
@Table(name = "dialogue_settings")
public class TenantDialogue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "answer_threshold")
    private Double answerThreshold;

    @Column(name = "suggest_threshold")
    private Double suggestThreshold;

    private String greeting;

    private String fallback;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TenantDialogue() {}

    public TenantDialogue(Instant now) {
        this.updatedAt = now;
    }

    public void change(Double answerThreshold, Double suggestThreshold, String greeting, String fallback, Instant now) {
        this.answerThreshold = answerThreshold;
        this.suggestThreshold = suggestThreshold;
        this.greeting = greeting;
        this.fallback = fallback;
        this.updatedAt = now;
    }

    public String tenantId() {
        return tenantId;
    }

    public Double answerThreshold() {
        return answerThreshold;
    }

    public Double suggestThreshold() {
        return suggestThreshold;
    }

    public String greeting() {
        return greeting;
    }

    public String fallback() {
        return fallback;
    }
}
