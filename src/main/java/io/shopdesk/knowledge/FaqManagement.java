package io.shopdesk.knowledge;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.knowledge.internal.FaqCategory;
import io.shopdesk.knowledge.internal.FaqCategoryRepository;
import io.shopdesk.knowledge.internal.FaqEntry;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantQuotas;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's FAQ: adding entries within the plan's quota, and reading them for lists and training. */
@Service
public class FaqManagement {

    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 20_000;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final FaqEntryRepository entries;
    private final FaqCategoryRepository categories;
    private final TenantQuotas quotas;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FaqManagement(
            FaqEntryRepository entries,
            FaqCategoryRepository categories,
            TenantQuotas quotas,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.categories = categories;
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
        validate(drafts);
        quotas.requireWithin(Quota.FAQ_ENTRIES, entries.count() + drafts.size());
        var categoryIds = new HashMap<String, Long>();
        var added = new HashSet<Long>();
        for (FaqDraft draft : drafts) {
            Long categoryId = draft.category() == null
                    ? null
                    : categoryIds.computeIfAbsent(draft.category().strip(), this::categoryId);
            var entry = new FaqEntry(
                    categoryId,
                    draft.key(),
                    draft.question().strip(),
                    draft.answer().strip(),
                    draft.status(),
                    String.join(",", draft.tags()),
                    clock.instant());
            draft.similarQuestions().stream()
                    .map(String::strip)
                    .filter(text -> !text.isEmpty())
                    .distinct()
                    .forEach(entry::addSimilarQuestion);
            added.add(entries.save(entry).id());
        }
        auditLog.record(tenant, "faq.entries-added", null, null, "count=" + drafts.size());
        events.publishEvent(new KnowledgeChanged(tenant, added));
        return drafts.size();
    }

    @Transactional(readOnly = true)
    public long countEntries() {
        return entries.count();
    }

    /** Every entry of the current tenant with its similar questions (for training and small lists). */
    @Transactional(readOnly = true)
    public List<FaqEntrySummary> allEntries() {
        var names = new HashMap<Long, String>();
        categories.findAll().forEach(category -> names.put(category.id(), category.name()));
        return entries.findAll().stream()
                .map(entry -> new FaqEntrySummary(
                        entry.id(),
                        entry.key(),
                        names.get(entry.categoryId()),
                        entry.question(),
                        entry.similarQuestionTexts(),
                        entry.answer(),
                        entry.status()))
                .toList();
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

    private Long categoryId(String name) {
        return categories
                .findByParentIdIsNullAndName(name)
                .orElseGet(() -> categories.save(new FaqCategory(null, name, (int) categories.count())))
                .id();
    }

    private void validate(List<FaqDraft> drafts) {
        var questions = new HashSet<String>();
        var keys = new HashSet<String>();
        for (FaqDraft draft : drafts) {
            if (draft.question() == null || draft.question().isBlank()) {
                throw BusinessRuleException.onField("question", "error.faq.question-required");
            }
            if (draft.question().strip().length() > MAX_QUESTION) {
                throw BusinessRuleException.onField("question", "error.faq.question-too-long", MAX_QUESTION);
            }
            if (draft.answer() == null || draft.answer().isBlank()) {
                throw BusinessRuleException.onField("answer", "error.faq.answer-required", draft.question());
            }
            if (draft.answer().length() > MAX_ANSWER) {
                throw BusinessRuleException.onField("answer", "error.faq.answer-too-long", MAX_ANSWER);
            }
            if (draft.similarQuestions().stream()
                    .anyMatch(text -> text != null && text.strip().length() > MAX_QUESTION)) {
                throw BusinessRuleException.onField("similarQuestions", "error.faq.question-too-long", MAX_QUESTION);
            }
            String question = draft.question().strip();
            if (!questions.add(question.toLowerCase(Locale.ROOT)) || entries.existsByQuestion(question)) {
                throw BusinessRuleException.onField("question", "error.faq.question-duplicate", question);
            }
            if (draft.key() != null) {
                if (!KEY.matcher(draft.key()).matches()) {
                    throw BusinessRuleException.onField("key", "error.faq.key-invalid", draft.key());
                }
                if (!keys.add(draft.key()) || entries.existsByKey(draft.key())) {
                    throw BusinessRuleException.onField("key", "error.faq.key-duplicate", draft.key());
                }
            }
        }
    }
}
