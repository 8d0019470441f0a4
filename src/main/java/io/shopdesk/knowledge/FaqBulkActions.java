package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.FaqCategoryRepository;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.KnowledgeClock;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions on many entries of the current tenant at once: publish, unpublish, delete, move to a category. Ids of
 * other tenants' entries are ignored (the database never sees them as the tenant's). Each action is one
 * transaction, one audit entry and one {@link KnowledgeChanged} naming the entries it changed; returns how many.
 */
@Service
public class FaqBulkActions {

    static final int MAX_IDS = 50_000;
    private static final int CHUNK = 1000;

    private final FaqEntryRepository entries;
    private final FaqCategoryRepository categories;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final KnowledgeClock clock;

    FaqBulkActions(
            FaqEntryRepository entries,
            FaqCategoryRepository categories,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            KnowledgeClock clock) {
        this.entries = entries;
        this.categories = categories;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public int publish(Collection<Long> ids) {
        return apply(
                "faq.entries-published", ids, chunk -> entries.changeStatus(chunk, FaqStatus.PUBLISHED, clock.now()));
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public int unpublish(Collection<Long> ids) {
        return apply(
                "faq.entries-unpublished", ids, chunk -> entries.changeStatus(chunk, FaqStatus.DRAFT, clock.now()));
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public int delete(Collection<Long> ids) {
        return apply("faq.entries-deleted", ids, entries::deleteByIds);
    }

    /** Moves entries into a category (null: into no category). */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public int moveToCategory(Collection<Long> ids, Long categoryId) {
        if (categoryId != null && !categories.existsById(categoryId)) {
            throw BusinessRuleException.onField("category", "error.not-found", "category", categoryId);
        }
        return apply("faq.entries-moved", ids, chunk -> entries.moveToCategory(chunk, categoryId, clock.now()));
    }

    private int apply(String action, Collection<Long> ids, Function<List<Long>, Integer> change) {
        if (ids.size() > MAX_IDS) {
            throw new BusinessRuleException("error.faq.bulk-too-many", MAX_IDS);
        }
        var tenant = TenantContext.require();
        var all = List.copyOf(new TreeSet<>(ids));
        Set<Long> changed = new HashSet<>();
        int count = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            // Only the tenant's own entries: the bulk statements are tenant-filtered, and so is this read.
            var own = entries.existingIds(chunk);
            if (own.isEmpty()) {
                continue;
            }
            count += change.apply(own);
            changed.addAll(own);
        }
        if (!changed.isEmpty()) {
            auditLog.record(tenant, action, null, null, "count=" + count + ", ids=" + new TreeSet<>(changed));
            events.publishEvent(new KnowledgeChanged(tenant, changed));
        }
        return count;
    }
}
