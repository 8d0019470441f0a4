package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.CategoryPaths;
import io.shopdesk.knowledge.internal.FaqCategory;
import io.shopdesk.knowledge.internal.FaqCategoryRepository;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.FaqRules;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's FAQ category tree: read with entry counts, add, rename, delete empty categories. */
@Service
public class FaqCategories {

    private final FaqCategoryRepository categories;
    private final FaqEntryRepository entries;
    private final CategoryPaths paths;
    private final AuditLog auditLog;

    FaqCategories(
            FaqCategoryRepository categories, FaqEntryRepository entries, CategoryPaths paths, AuditLog auditLog) {
        this.categories = categories;
        this.entries = entries;
        this.paths = paths;
        this.auditLog = auditLog;
    }

    /** Every category, parents before their children's order among siblings, with direct entry counts. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<FaqCategoryNode> tree() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : entries.countPerCategory()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return categories.findAllInOrder().stream()
                .map(category -> new FaqCategoryNode(
                        category.id(),
                        category.parentId(),
                        category.name(),
                        category.position(),
                        counts.getOrDefault(category.id(), 0L)))
                .toList();
    }

    /** Category id to its full path ("Shipping > International"). */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public Map<Long, String> paths() {
        return paths.allPaths();
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public long create(Long parentId, String name) {
        String clean = name(name);
        if (parentId != null && !categories.existsById(parentId)) {
            throw new NotFoundException("category", parentId);
        }
        var existing = parentId == null
                ? categories.findByParentIdIsNullAndName(clean)
                : categories.findByParentIdAndName(parentId, clean);
        if (existing.isPresent()) {
            throw BusinessRuleException.onField("name", "error.faq.category-duplicate", clean);
        }
        long position = parentId == null ? categories.countByParentIdIsNull() : categories.countByParentId(parentId);
        long id = categories
                .save(new FaqCategory(parentId, clean, (int) position))
                .id();
        auditLog.record(TenantContext.require(), "faq.category-created", "category:" + id, null, clean);
        return id;
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public void rename(long id, String name) {
        String clean = name(name);
        var category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
        String before = category.name();
        category.rename(clean);
        try {
            categories.saveAndFlush(category);
        } catch (DataIntegrityViolationException e) {
            throw BusinessRuleException.onField("name", "error.faq.category-duplicate", clean);
        }
        auditLog.record(TenantContext.require(), "faq.category-renamed", "category:" + id, before, clean);
    }

    /** Deletes a category that holds neither entries nor sub-categories. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public void delete(long id) {
        var category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
        if (categories.existsByParentId(id) || entries.countByCategoryIdIn(List.of(id)) > 0) {
            throw new BusinessRuleException("error.faq.category-not-empty", category.name());
        }
        categories.delete(category);
        auditLog.record(TenantContext.require(), "faq.category-deleted", "category:" + id, category.name(), null);
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > FaqRules.MAX_CATEGORY_NAME || clean.contains(">")) {
            throw BusinessRuleException.onField("name", "error.faq.category-name", FaqRules.MAX_CATEGORY_NAME);
        }
        return clean;
    }
}
