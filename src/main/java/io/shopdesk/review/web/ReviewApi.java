package io.shopdesk.review.web;

import io.shopdesk.review.ReviewCluster;
import io.shopdesk.review.ReviewItemView;
import io.shopdesk.review.ReviewQueue;
import io.shopdesk.shared.BusinessRuleException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's review queue over HTTP (trainers): open items clustered by meaning, most asked first, and
 * the five actions on an item. Another tenant's item answers 404, like a missing one; acting on an item resolved already answers 400 with the reason.
 */
@RestController
class ReviewApi {

    private final ReviewQueue queue;

    ReviewApi(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/review")
    List<ReviewCluster> clusters() {
        return queue.openClusters();
    }

    @GetMapping("/api/v1/review/items/{id}")
    ReviewItemView item(@PathVariable long id) {
        return queue.item(id);
    }

    @PostMapping("/api/v1/review/items/{id}/confirm")
    ReviewItemView confirm(@PathVariable long id) {
        return queue.confirm(id);
    }

    @PostMapping("/api/v1/review/items/{id}/pick")
    ReviewItemView pick(@PathVariable long id, @RequestBody PickRequest request) {
        if (request.faqEntryId() == null) {
            throw BusinessRuleException.onField("faqEntryId", "review.error.entry-required");
        }
        return queue.pickEntry(id, request.faqEntryId());
    }

    @PostMapping("/api/v1/review/items/{id}/create")
    ReviewItemView create(@PathVariable long id, @RequestBody CreateRequest request) {
        return queue.createEntry(id, request.question(), request.answer(), request.categoryId());
    }

    @PostMapping("/api/v1/review/items/{id}/out-of-scope")
    ReviewItemView outOfScope(@PathVariable long id) {
        return queue.markOutOfScope(id);
    }

    @PostMapping("/api/v1/review/items/{id}/handoff-topic")
    ReviewItemView handoffTopic(@PathVariable long id) {
        return queue.markHandoffTopic(id);
    }

    record PickRequest(Long faqEntryId) {}

    record CreateRequest(String question, String answer, Long categoryId) {}
}
