package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.TurnCandidate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot saw and decided for one question, stored with its reply: the question, the outcome, the entry it
 * answered with, the best confidence, the top three candidates and the model version.
 */
@Embeddable
public class BotTurn {

    private String question;

    @Enumerated(EnumType.STRING)
    private BotOutcome outcome;

    @Column(name = "faq_entry_id")
    private Long faqEntryId;

    private Double confidence;

    @Column(name = "candidate1_id")
    private Long candidate1Id;

    @Column(name = "candidate1_confidence")
    private Double candidate1Confidence;

    @Column(name = "candidate2_id")
    private Long candidate2Id;

    @Column(name = "candidate2_confidence")
    private Double candidate2Confidence;

    @Column(name = "candidate3_id")
    private Long candidate3Id;

    @Column(name = "candidate3_confidence")
    private Double candidate3Confidence;

    @Column(name = "model_version")
    private Long modelVersion;

    protected BotTurn() {}

    public BotTurn(
            String question,
            BotOutcome outcome,
            Long faqEntryId,
            double confidence,
            List<TurnCandidate> candidates,
            long modelVersion) {
        this.question = question;
        this.outcome = outcome;
        this.faqEntryId = faqEntryId;
        this.confidence = confidence;
        this.modelVersion = modelVersion;
        if (!candidates.isEmpty()) {
            candidate1Id = candidates.get(0).faqEntryId();
            candidate1Confidence = candidates.get(0).confidence();
        }
        if (candidates.size() > 1) {
            candidate2Id = candidates.get(1).faqEntryId();
            candidate2Confidence = candidates.get(1).confidence();
        }
        if (candidates.size() > 2) {
            candidate3Id = candidates.get(2).faqEntryId();
            candidate3Confidence = candidates.get(2).confidence();
        }
    }

    public String question() {
        return question;
    }

    public BotOutcome outcome() {
        return outcome;
    }

    public Long faqEntryId() {
        return faqEntryId;
    }

    public double confidence() {
        return confidence == null ? 0 : confidence;
    }

    public long modelVersion() {
        return modelVersion == null ? 0 : modelVersion;
    }

    public List<TurnCandidate> candidates() {
        var candidates = new ArrayList<TurnCandidate>(3);
        if (candidate1Id != null) {
            candidates.add(new TurnCandidate(candidate1Id, candidate1Confidence));
        }
        if (candidate2Id != null) {
            candidates.add(new TurnCandidate(candidate2Id, candidate2Confidence));
        }
        if (candidate3Id != null) {
            candidates.add(new TurnCandidate(candidate3Id, candidate3Confidence));
        }
        return List.copyOf(candidates);
    }
}
