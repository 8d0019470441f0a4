package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqFilter;
import io.shopdesk.knowledge.FaqListItem;
import io.shopdesk.knowledge.FaqStats;
import io.shopdesk.knowledge.FaqStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The FAQ grid's queries: one page of entries with their statistics, filtered and sorted in the database (JPQL, so
 * Hibernate adds the tenant restriction), and the matching count. Sort properties are whitelisted.
 */
@Repository
public class FaqQueries {

    private static final Map<String, String> ORDER = Map.of(
            "question", "e.question",
            "key", "e.key",
            "status", "e.status",
            "updatedAt", "e.updatedAt",
            "validUntil", "e.validUntil",
            "hits", "coalesce(s.hits, 0)",
            "helpfulRate", "(s.helpful * 1.0 / nullif(s.helpful + s.notHelpful, 0))",
            "lastMatchedAt", "s.lastMatchedAt");

    private final EntityManager entityManager;

    FaqQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page; {@code categoryIds} is the chosen category with its descendants (null: any category). */
    public List<FaqListItem> page(FaqFilter filter, Set<Long> categoryIds, Pageable pageable) {
        var where = new StringBuilder();
        var parameters = new HashMap<String, Object>();
        where(filter, categoryIds, where, parameters);
        String jpql = "select e.id, e.key, e.categoryId, e.question, e.status, e.tags, e.validFrom, e.validUntil,"
                + " e.updatedAt, (select count(q) from SimilarQuestion q where q.entry = e),"
                + " s.hits, s.helpful, s.notHelpful, s.lastMatchedAt"
                + " from FaqEntry e left join FaqEntryStats s on s.entryId = e.id" + where
                + orderBy(pageable.getSort());
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize());
        var items = new ArrayList<FaqListItem>();
        for (Object[] row : query.getResultList()) {
            items.add(new FaqListItem(
                    (Long) row[0],
                    (String) row[1],
                    (Long) row[2],
                    (String) row[3],
                    (FaqStatus) row[4],
                    FaqEntry.splitTags((String) row[5]),
                    (LocalDate) row[6],
                    (LocalDate) row[7],
                    (Instant) row[8],
                    ((Number) row[9]).longValue(),
                    row[10] == null
                            ? FaqStats.NONE
                            : new FaqStats((Long) row[10], (Long) row[11], (Long) row[12], (Instant) row[13])));
        }
        return items;
    }

    public long count(FaqFilter filter, Set<Long> categoryIds) {
        var where = new StringBuilder();
        var parameters = new HashMap<String, Object>();
        where(filter, categoryIds, where, parameters);
        var query = entityManager.createQuery("select count(e) from FaqEntry e" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Ids of every entry matching the filter, in id order (for exports and bulk actions over a filter). */
    public List<Long> ids(FaqFilter filter, Set<Long> categoryIds) {
        var where = new StringBuilder();
        var parameters = new HashMap<String, Object>();
        where(filter, categoryIds, where, parameters);
        var query = entityManager.createQuery("select e.id from FaqEntry e" + where + " order by e.id", Long.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void where(
            FaqFilter filter, Set<Long> categoryIds, StringBuilder where, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add(
                    "(e.question like :text escape '!' or e.key like :text escape '!'"
                            + " or exists (select 1 from SimilarQuestion q where q.entry = e and q.text like :text escape '!'))");
            parameters.put("text", "%" + escapeLike(filter.text().strip()) + "%");
        }
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.withoutCategory()) {
            conditions.add("e.categoryId is null");
        } else if (categoryIds != null) {
            conditions.add("e.categoryId in :categoryIds");
            parameters.put("categoryIds", categoryIds.isEmpty() ? Set.of(-1L) : categoryIds);
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add("concat(',', e.tags, ',') like :tag escape '!'");
            parameters.put("tag", "%," + escapeLike(filter.tag().strip()) + ",%");
        }
        if (!conditions.isEmpty()) {
            where.append(" where ").append(String.join(" and ", conditions));
        }
    }

    private static String orderBy(Sort sort) {
        var parts = new ArrayList<String>();
        for (Sort.Order order : sort) {
            String expression = ORDER.get(order.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("Cannot sort FAQ entries by " + order.getProperty());
            }
            parts.add(expression + (order.isAscending() ? " asc" : " desc"));
        }
        if (parts.isEmpty()) {
            parts.add("e.updatedAt desc");
        }
        parts.add("e.id desc");
        return " order by " + String.join(", ", parts);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
