package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.FaqCategory;
import io.shopdesk.knowledge.internal.FaqCategoryRepository;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topic of an FAQ entry for handoff rules and agents: the names of its category and of the categories above it.
 * For system use without a signed-in user: call it in {@code TenantContext.callAs(tenant, ...)}; it reads only that
 * tenant's entries.
 */
@Service
public class FaqTopics {

    private static final int MAX_DEPTH = 10;

    private final FaqEntryRepository entries;
    private final FaqCategoryRepository categories;

    FaqTopics(FaqEntryRepository entries, FaqCategoryRepository categories) {
        this.entries = entries;
        this.categories = categories;
    }

    /** The entry's category and its ancestors' names, innermost first; empty without a category or entry. */
    @Transactional(readOnly = true)
    public List<String> topicsOf(long entryId) {
        var names = new ArrayList<String>();
        Long categoryId =
                entries.findById(entryId).map(entry -> entry.categoryId()).orElse(null);
        while (categoryId != null && names.size() < MAX_DEPTH) {
            var category = categories.findById(categoryId);
            if (category.isEmpty()) {
                break;
            }
            names.add(category.get().name());
            categoryId = category.map(FaqCategory::parentId).orElse(null);
        }
        return List.copyOf(names);
    }
}
