package io.shopdesk.review;

import java.time.Instant;
import java.util.List;

/**
 * Open review items asking the same thing in different words. {@code question} is the wording of the earliest item;
 * {@code items} are newest first; clusters are ranked by {@code size} (how often customers asked).
 */
public record ReviewCluster(String question, List<ReviewItemView> items, Instant lastAsked, double meanConfidence) {

    public ReviewCluster {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }
}
