package io.shopdesk.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The current tenant's category tree as paths ("Shipping > International"); creates missing levels on demand. */
@Component
public class CategoryPaths {

    private final FaqCategoryRepository categories;

    CategoryPaths(FaqCategoryRepository categories) {
        this.categories = categories;
    }

    /** The id of the category at the path, creating the levels that are missing; null for an empty path. */
    public Long resolve(List<String> path, Map<String, Long> cache) {
        Long parent = null;
        var walked = new StringBuilder();
        for (String name : path) {
            walked.append(FaqRules.CATEGORY_SEPARATOR).append(name.toLowerCase(java.util.Locale.ROOT));
            Long parentId = parent;
            parent = cache.computeIfAbsent(
                    walked.toString(),
                    ignored -> find(parentId, name)
                            .map(FaqCategory::id)
                            .orElseGet(() -> categories
                                    .save(new FaqCategory(parentId, name, (int) positionAfterLast(parentId)))
                                    .id()));
        }
        return parent;
    }

    /** Category id to its full path, for every category of the tenant. */
    public Map<Long, String> allPaths() {
        var all = categories.findAll();
        var byId = new HashMap<Long, FaqCategory>();
        all.forEach(category -> byId.put(category.id(), category));
        var paths = new HashMap<Long, String>();
        for (FaqCategory category : all) {
            var names = new ArrayList<String>();
            var seen = new HashSet<Long>();
            for (FaqCategory at = category; at != null && seen.add(at.id()); at = byId.get(at.parentId())) {
                names.addFirst(at.name());
            }
            paths.put(category.id(), String.join(FaqRules.CATEGORY_SEPARATOR, names));
        }
        return paths;
    }

    /** The category and every category below it. */
    public Set<Long> withDescendants(long categoryId) {
        var children = new HashMap<Long, List<Long>>();
        categories.findAll().forEach(category -> {
            if (category.parentId() != null) {
                children.computeIfAbsent(category.parentId(), ignored -> new ArrayList<>())
                        .add(category.id());
            }
        });
        var result = new HashSet<Long>();
        var pending = new ArrayList<Long>(List.of(categoryId));
        while (!pending.isEmpty()) {
            Long next = pending.removeLast();
            if (result.add(next)) {
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    private java.util.Optional<FaqCategory> find(Long parentId, String name) {
        return parentId == null
                ? categories.findByParentIdIsNullAndName(name)
                : categories.findByParentIdAndName(parentId, name);
    }

    private long positionAfterLast(Long parentId) {
        return parentId == null ? categories.countByParentIdIsNull() : categories.countByParentId(parentId);
    }
}
