package io.shopdesk.review.internal;

import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.review.ReviewCandidate;
import io.shopdesk.shared.TenantId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts reported bot turns into the review queue, once per conversation turn: a turn reported again (low confidence,
 * then "not helpful"; or a redelivered event) updates the reason of the open item instead of adding one; the latest
 * report wins whatever order the events are handled in (listeners run concurrently). Runs
 * without a tenant context, so the statement names the event's tenant itself.
 */
@Component
public class ReviewIntake {

    private static final String UPSERT = """
            INSERT INTO review_item (tenant_id, conversation_id, turn, reason, question, question_key,
                answered_faq_entry_id, confidence, candidates, model_version, locale, occurred_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            ON DUPLICATE KEY UPDATE
                reason = CASE WHEN resolution IS NULL AND VALUES(occurred_at) >= occurred_at
                    THEN VALUES(reason) ELSE reason END,
                occurred_at = CASE WHEN resolution IS NULL AND VALUES(occurred_at) >= occurred_at
                    THEN VALUES(occurred_at) ELSE occurred_at END
            """;

    /** The longest question kept; longer ones are cut. */
    public static final int MAX_QUESTION = 2000;

    private final JdbcTemplate jdbc;

    ReviewIntake(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AnswerNeedsReview event) {
        String question = event.question() == null ? "" : event.question().strip();
        if (question.isEmpty()) {
            return;
        }
        if (question.length() > MAX_QUESTION) {
            question = question.substring(0, MAX_QUESTION);
        }
        var candidates = event.candidates().stream()
                .map(candidate -> new ReviewCandidate(candidate.faqEntryId(), candidate.confidence()))
                .toList();
        store(
                event.tenant(),
                event.conversationId(),
                event.turn(),
                event.reason().name(),
                question,
                event.answeredFaqEntryId(),
                event.confidence(),
                candidates,
                event.modelVersion(),
                event.locale(),
                event.occurredAt());
    }

    /** Stores (or, for a turn already in the queue, updates) one item of the tenant named. */
    public void store(
            TenantId tenant,
            String conversationId,
            int turn,
            String reason,
            String question,
            Long answeredFaqEntryId,
            double confidence,
            List<ReviewCandidate> candidates,
            long modelVersion,
            String locale,
            Instant occurredAt) {
        jdbc.update(
                UPSERT,
                tenant.value(),
                conversationId,
                turn,
                reason,
                question,
                QuestionSimilarity.key(question),
                answeredFaqEntryId,
                confidence,
                ReviewItem.formatCandidates(candidates.stream().limit(10).toList()),
                modelVersion,
                locale,
                LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
    }
}
