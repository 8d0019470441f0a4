package io.shopdesk.review.internal;

import io.shopdesk.review.ReviewCluster;
import io.shopdesk.review.ReviewItemView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups open review items by meaning: each item joins the first cluster whose founding question is alike (see
 * {@link QuestionSimilarity}), else founds one. Clusters are ranked by size, then by how recently they were asked.
 */
public final class QuestionClusters {

    private QuestionClusters() {}

    /** Items newest first in, clusters ranked most asked first out. */
    public static List<ReviewCluster> of(List<ReviewItemView> items) {
        var chronological = new ArrayList<>(items);
        chronological.sort(Comparator.comparing(ReviewItemView::occurredAt));
        var open = new ArrayList<Building>();
        for (ReviewItemView item : chronological) {
            var terms = QuestionSimilarity.terms(QuestionSimilarity.key(item.question()));
            Building home = null;
            for (Building cluster : open) {
                if (QuestionSimilarity.similarity(cluster.terms, terms) >= QuestionSimilarity.ALIKE) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new Building(terms);
                open.add(home);
            }
            home.items.addFirst(item);
        }
        return open.stream()
                .map(Building::cluster)
                .sorted(Comparator.comparingInt(ReviewCluster::size)
                        .reversed()
                        .thenComparing(ReviewCluster::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    private static final class Building {
        final Set<String> terms;
        final List<ReviewItemView> items = new ArrayList<>();

        Building(Set<String> terms) {
            this.terms = terms;
        }

        ReviewCluster cluster() {
            double mean = items.stream()
                    .mapToDouble(ReviewItemView::confidence)
                    .average()
                    .orElse(0);
            return new ReviewCluster(
                    items.getLast().question(), items, items.getFirst().occurredAt(), mean);
        }
    }
}
