package io.shopdesk.review.internal;

import io.shopdesk.engine.TrainingContribution;
import io.shopdesk.review.ReviewResolution;
import io.shopdesk.shared.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review queue teaches the bot: questions whose answer a trainer confirmed, and out-of-scope questions as
 * negative examples. (Picked and created entries already carry the question as FAQ text.) The engine calls this with
 * the tenant set on the thread, so Hibernate filters the rows.
 */
@Component
class ReviewTrainingData implements TrainingContribution {

    private final ReviewItemRepository items;

    ReviewTrainingData(ReviewItemRepository items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabelledQuestion> confirmedQuestions(TenantId tenant) {
        return items.findByResolutionOrderByResolvedAtDesc(ReviewResolution.CONFIRMED).stream()
                .filter(item -> item.resolvedFaqEntryId() != null)
                .map(item -> new LabelledQuestion(item.resolvedFaqEntryId(), item.question()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabelledQuestion> resolvedQuestions(TenantId tenant) {
        return items
                .findByResolutionInOrderByResolvedAtDesc(List.of(
                        ReviewResolution.CONFIRMED, ReviewResolution.ENTRY_PICKED, ReviewResolution.ENTRY_CREATED))
                .stream()
                .filter(item -> item.resolvedFaqEntryId() != null)
                .map(item -> new LabelledQuestion(item.resolvedFaqEntryId(), item.question()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> outOfScopeQuestions(TenantId tenant) {
        return items.findByResolutionOrderByResolvedAtDesc(ReviewResolution.OUT_OF_SCOPE).stream()
                .map(ReviewItem::question)
                .distinct()
                .toList();
    }
}
