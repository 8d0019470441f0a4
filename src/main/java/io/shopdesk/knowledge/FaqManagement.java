package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.CategoryPaths;
import io.shopdesk.knowledge.internal.FaqCategoryRepository;
import io.shopdesk.knowledge.internal.FaqEntry;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.FaqEntryStatsRepository;
import io.shopdesk.knowledge.internal.FaqQueries;
import io.shopdesk.knowledge.internal.FaqRules;
import io.shopdesk.knowledge.internal.FaqRules.CleanFaq;
import io.shopdesk.knowledge.internal.KnowledgeClock;
import io.shopdesk.knowledge.internal.SimilarQuestionRepository;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantQuotas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's FAQ entries: adding within the plan's quota, editing, and reading them for the console's
 * grid (paged, sorted and filtered in the database), for training and for the runtime. Every change is audited
 * and announced with {@link KnowledgeChanged} naming the changed entries. Methods without a role check are for
 * system use (start-up packs, the engine, the conversation runtime) and act in {@link TenantContext}'s tenant.
 */
@Service
public class FaqManagement {

    private static final int CHUNK = 1000;

    private final FaqEntryRepository entries;
    private final SimilarQuestionRepository similarQuestions;
    private final FaqCategoryRepository categories;
    private final FaqEntryStatsRepository stats;
    private final CategoryPaths categoryPaths;
    private final FaqQueries queries;
    private final TenantQuotas quotas;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final KnowledgeClock clock;

    FaqManagement(
            FaqEntryRepository entries,
            SimilarQuestionRepository similarQuestions,
            FaqCategoryRepository categories,
            FaqEntryStatsRepository stats,
            CategoryPaths categoryPaths,
            FaqQueries queries,
            TenantQuotas quotas,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            KnowledgeClock clock) {
        this.entries = entries;
        this.similarQuestions = similarQuestions;
        this.categories = categories;
        this.stats = stats;
        this.categoryPaths = categoryPaths;
        this.queries = queries;
        this.quotas = quotas;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Adds entries all or nothing: every draft is checked before any is written. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public int addEntries(List<FaqDraft> drafts) {
        return addEntriesAsSystem(drafts);
    }

    /** Adds entries without a signed-in user: for tenant packs loaded at start-up. */
    @Transactional
    public int addEntriesAsSystem(List<FaqDraft> drafts) {
        var tenant = TenantContext.require();
        var clean = checkAll(drafts);
        quotas.requireWithin(Quota.FAQ_ENTRIES, entries.count() + drafts.size());
        var categoryCache = new HashMap<String, Long>();
        var added = new HashSet<Long>();
        for (CleanFaq entry : clean) {
            var saved = new FaqEntry(
                    categoryPaths.resolve(entry.categoryPath(), categoryCache),
                    entry.key(),
                    entry.question(),
                    entry.answer(),
                    entry.status(),
                    entry.tagText(),
                    clock.now());
            saved.validity(entry.validFrom(), entry.validUntil());
            entry.similarQuestions().forEach(saved::addSimilarQuestion);
            saved.replaceVariants(entry.answerVariants());
            added.add(entries.save(saved).id());
        }
        auditLog.record(tenant, "faq.entries-added", null, null, "count=" + drafts.size());
        events.publishEvent(new KnowledgeChanged(tenant, added));
        return drafts.size();
    }

    /** Creates one entry from the editor; returns its id. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public long createEntry(FaqEdit edit) {
        var tenant = TenantContext.require();
        var entry = checkOne(edit);
        requireCategory(edit.categoryId());
        if (entries.existsByQuestion(entry.question())) {
            throw BusinessRuleException.onField("question", "error.faq.question-duplicate", entry.question());
        }
        if (entry.key() != null && entries.existsByKey(entry.key())) {
            throw BusinessRuleException.onField("key", "error.faq.key-duplicate", entry.key());
        }
        quotas.requireWithin(Quota.FAQ_ENTRIES, entries.count() + 1);
        var created = new FaqEntry(
                edit.categoryId(),
                entry.key(),
                entry.question(),
                entry.answer(),
                entry.status(),
                entry.tagText(),
                clock.now());
        created.validity(entry.validFrom(), entry.validUntil());
        entry.similarQuestions().forEach(created::addSimilarQuestion);
        created.replaceVariants(entry.answerVariants());
        long id = flush(created).id();
        auditLog.record(tenant, "faq.entry-created", "faq:" + id, null, describe(created));
        events.publishEvent(new KnowledgeChanged(tenant, Set.of(id)));
        return id;
    }

    /** Saves the editor's changes to an entry, unless someone saved a newer version meanwhile. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public void updateEntry(long id, FaqEdit edit) {
        var tenant = TenantContext.require();
        var existing = entries.findById(id).orElseThrow(() -> new NotFoundException("FAQ entry", id));
        if (existing.version() != edit.version()) {
            throw new BusinessRuleException("error.faq.changed-meanwhile", existing.question());
        }
        var entry = checkOne(edit);
        requireCategory(edit.categoryId());
        if (entries.existsByQuestionAndIdNot(entry.question(), id)) {
            throw BusinessRuleException.onField("question", "error.faq.question-duplicate", entry.question());
        }
        if (entry.key() != null && entries.existsByKeyAndIdNot(entry.key(), id)) {
            throw BusinessRuleException.onField("key", "error.faq.key-duplicate", entry.key());
        }
        String before = describe(existing);
        existing.edit(
                entry.key(),
                edit.categoryId(),
                entry.question(),
                entry.answer(),
                entry.status(),
                entry.tagText(),
                entry.validFrom(),
                entry.validUntil(),
                clock.now());
        existing.replaceSimilarQuestions(entry.similarQuestions());
        existing.replaceVariants(entry.answerVariants());
        flush(existing);
        auditLog.record(tenant, "faq.entry-updated", "faq:" + id, before, describe(existing));
        events.publishEvent(new KnowledgeChanged(tenant, Set.of(id)));
    }

    /**
     * Adds a customer's wording to an entry's similar questions (the review queue's "pick the right entry"). A text
     * the entry already has, as its question or a similar question, changes nothing; returns whether it was added.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public boolean addSimilarQuestion(long id, String question) {
        var tenant = TenantContext.require();
        var existing = entries.findById(id).orElseThrow(() -> new NotFoundException("FAQ entry", id));
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("question", "error.faq.question-required");
        }
        if (text.length() > FaqRules.MAX_QUESTION) {
            throw BusinessRuleException.onField("question", "error.faq.question-too-long", FaqRules.MAX_QUESTION);
        }
        if (existing.question().equalsIgnoreCase(text)
                || existing.similarQuestionTexts().stream().anyMatch(text::equalsIgnoreCase)) {
            return false;
        }
        if (existing.similarQuestionTexts().size() >= FaqRules.MAX_SIMILAR) {
            throw BusinessRuleException.onField("question", "error.faq.similar-too-many", FaqRules.MAX_SIMILAR);
        }
        existing.addSimilarQuestion(text);
        flush(existing);
        auditLog.record(tenant, "faq.similar-question-added", "faq:" + id, null, text);
        events.publishEvent(new KnowledgeChanged(tenant, Set.of(id)));
        return true;
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public FaqEntryDetails entry(long id) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("FAQ entry", id));
        return new FaqEntryDetails(
                entry.id(),
                entry.version(),
                entry.key(),
                entry.categoryId(),
                entry.question(),
                entry.similarQuestionTexts(),
                entry.answer(),
                entry.variantAnswers(),
                entry.tagList(),
                entry.status(),
                entry.validFrom(),
                entry.validUntil(),
                entry.createdAt(),
                entry.updatedAt(),
                stats.findById(id).map(row -> row.toStats()).orElse(FaqStats.NONE));
    }

    /**
     * One page of the grid. Sort by any of {@link FaqListItem#SORTABLE} (default: last changed first); paging and
     * sorting happen in the database, so this stays fast with tens of thousands of entries.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<FaqListItem> list(FaqFilter filter, Pageable page) {
        return queries.page(filter, categoryScope(filter), page);
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public long count(FaqFilter filter) {
        return queries.count(filter, categoryScope(filter));
    }

    /** Every tag in use, sorted. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<String> tags() {
        var tags = new TreeSet<String>();
        entries.distinctTagTexts().forEach(text -> tags.addAll(FaqEntry.splitTags(text)));
        return List.copyOf(tags);
    }

    /** Figures for the trainers' dashboard. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public FaqOverview overview() {
        var today = clock.today();
        return new FaqOverview(
                entries.count(),
                entries.countByStatus(FaqStatus.PUBLISHED),
                entries.countByStatus(FaqStatus.DRAFT),
                entries.countAnswerableOn(today),
                entries.countExpiringBetween(today, today.plusDays(7)));
    }

    @Transactional(readOnly = true)
    public long countEntries() {
        return entries.count();
    }

    /** Today in the zone validity dates are counted in; pass it to {@link FaqEntrySummary#answerableOn}. */
    public LocalDate today() {
        return clock.today();
    }

    /** Every entry of the current tenant with its similar questions (for training and small lists). */
    @Transactional(readOnly = true)
    public List<FaqEntrySummary> allEntries() {
        return summaries(entries.findAll(), groupTexts(similarQuestions.allTexts()));
    }

    /** The entries of the current tenant that the bot may answer with today (published, within their dates). */
    @Transactional(readOnly = true)
    public List<FaqEntrySummary> answerableEntries() {
        var today = clock.today();
        return allEntries().stream().filter(entry -> entry.answerableOn(today)).toList();
    }

    /**
     * The current state of the given entries of the current tenant, for system use without a signed-in user (the
     * engine calls it in {@code TenantContext.callAs} after {@link KnowledgeChanged}). Entries that were removed,
     * or belong to another tenant, are absent from the result.
     */
    @Transactional(readOnly = true)
    public List<FaqEntrySummary> entriesById(Collection<Long> ids) {
        var result = new ArrayList<FaqEntrySummary>();
        var all = List.copyOf(new TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            result.addAll(summaries(entries.findAllById(chunk), groupTexts(similarQuestions.textsOf(chunk))));
        }
        return result;
    }

    /** FAQ entries per tenant; call with all tenants visible. */
    @Transactional(readOnly = true)
    public Map<TenantId, Long> entryCountsAcrossTenants() {
        var counts = new HashMap<TenantId, Long>();
        for (Object[] row : entries.countPerTenant()) {
            counts.put(new TenantId((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    private List<FaqEntrySummary> summaries(List<FaqEntry> found, Map<Long, List<String>> texts) {
        var names = categoryPaths.allPaths();
        return found.stream()
                .map(entry -> new FaqEntrySummary(
                        entry.id(),
                        entry.key(),
                        names.get(entry.categoryId()),
                        entry.question(),
                        texts.getOrDefault(entry.id(), List.of()),
                        entry.answer(),
                        entry.status(),
                        entry.tagList(),
                        entry.validFrom(),
                        entry.validUntil()))
                .toList();
    }

    private static Map<Long, List<String>> groupTexts(List<Object[]> rows) {
        var texts = new HashMap<Long, List<String>>();
        for (Object[] row : rows) {
            texts.computeIfAbsent((Long) row[0], ignored -> new ArrayList<>()).add((String) row[1]);
        }
        return texts;
    }

    private Set<Long> categoryScope(FaqFilter filter) {
        return filter.categoryId() == null ? null : categoryPaths.withDescendants(filter.categoryId());
    }

    private void requireCategory(Long categoryId) {
        if (categoryId != null && !categories.existsById(categoryId)) {
            throw BusinessRuleException.onField("category", "error.not-found", "category", categoryId);
        }
    }

    private FaqEntry flush(FaqEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.faq.changed-meanwhile", entry.question());
        } catch (DataIntegrityViolationException e) {
            throw BusinessRuleException.onField("question", "error.faq.question-duplicate", entry.question());
        }
    }

    private static CleanFaq checkOne(FaqEdit edit) {
        var checked = FaqRules.check(new FaqDraft(
                edit.key(),
                null,
                edit.question(),
                edit.similarQuestions(),
                edit.answer(),
                edit.tags(),
                edit.status(),
                edit.validFrom(),
                edit.validUntil(),
                edit.answerVariants()));
        if (!checked.ok()) {
            throw violation(checked.problems().getFirst());
        }
        return checked.entry();
    }

    private List<CleanFaq> checkAll(List<FaqDraft> drafts) {
        var questions = new HashSet<String>();
        var keys = new HashSet<String>();
        var clean = new ArrayList<CleanFaq>();
        for (FaqDraft draft : drafts) {
            var checked = FaqRules.check(draft);
            if (!checked.ok()) {
                throw violation(checked.problems().getFirst());
            }
            var entry = checked.entry();
            if (!questions.add(FaqRules.questionKey(entry.question())) || entries.existsByQuestion(entry.question())) {
                throw BusinessRuleException.onField("question", "error.faq.question-duplicate", entry.question());
            }
            if (entry.key() != null && (!keys.add(entry.key()) || entries.existsByKey(entry.key()))) {
                throw BusinessRuleException.onField("key", "error.faq.key-duplicate", entry.key());
            }
            clean.add(entry);
        }
        return clean;
    }

    static BusinessRuleException violation(FaqProblem problem) {
        return BusinessRuleException.onField(problem.field(), problem.messageKey(), problem.argumentArray());
    }

    private static String describe(FaqEntry entry) {
        return "question=" + entry.question() + ", status=" + entry.status() + ", category=" + entry.categoryId()
                + ", similar=" + entry.similarQuestionTexts().size();
    }
}
