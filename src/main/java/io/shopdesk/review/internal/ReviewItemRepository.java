package io.shopdesk.review.internal;

import io.shopdesk.review.ReviewResolution;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's review items (Hibernate adds the tenant). */
public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    List<ReviewItem> findByResolutionIsNullOrderByOccurredAtDesc(Limit limit);

    List<ReviewItem> findByResolutionOrderByResolvedAtDesc(ReviewResolution resolution);

    List<ReviewItem> findByResolutionInOrderByResolvedAtDesc(java.util.Collection<ReviewResolution> resolutions);

    List<ReviewItem> findByResolutionIsNotNullOrderByResolvedAtDesc(Limit limit);

    long countByResolutionIsNull();

    java.util.Optional<ReviewItem> findFirstByConversationIdAndTurn(String conversationId, int turn);
}
