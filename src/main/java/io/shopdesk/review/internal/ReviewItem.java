package io.shopdesk.review.internal;

import io.shopdesk.review.ReviewCandidate;
import io.shopdesk.review.ReviewItemView;
import io.shopdesk.review.ReviewResolution;
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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A bot turn in the review queue; rows are written by {@link ReviewIntake}, resolved through this entity. */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "conversation_id")
    private String conversationId;

    private int turn;

    private String reason;

    private String question;

    @Column(name = "question_key")
    private String questionKey;

    @Column(name = "answered_faq_entry_id")
    private Long answeredFaqEntryId;

    private double confidence;

    private String candidates;

    @Column(name = "model_version")
    private long modelVersion;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private ReviewResolution resolution;

    @Column(name = "resolved_faq_entry_id")
    private Long resolvedFaqEntryId;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected ReviewItem() {}

    public long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public String questionKey() {
        return questionKey;
    }

    public ReviewResolution resolution() {
        return resolution;
    }

    public Long resolvedFaqEntryId() {
        return resolvedFaqEntryId;
    }

    public void resolve(ReviewResolution resolution, Long faqEntryId, String actor, Instant now) {
        this.resolution = resolution;
        this.resolvedFaqEntryId = faqEntryId;
        this.resolvedBy = actor;
        this.resolvedAt = now;
    }

    public ReviewItemView view() {
        return new ReviewItemView(
                id,
                conversationId,
                turn,
                reason,
                question,
                answeredFaqEntryId,
                confidence,
                parseCandidates(candidates),
                modelVersion,
                occurredAt,
                resolution,
                resolvedFaqEntryId,
                resolvedBy);
    }

    /** Candidates are stored as {@code id:confidence} pairs separated by commas. */
    static String formatCandidates(List<ReviewCandidate> candidates) {
        var text = new StringBuilder();
        for (ReviewCandidate candidate : candidates) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(candidate.faqEntryId()).append(':').append(candidate.confidence());
        }
        return text.toString();
    }

    static List<ReviewCandidate> parseCandidates(String text) {
        var result = new ArrayList<ReviewCandidate>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            result.add(new ReviewCandidate(
                    Long.parseLong(pair.substring(0, colon)), Double.parseDouble(pair.substring(colon + 1))));
        }
        return result;
    }
}
