package io.shopdesk.review;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.engine.BotAnswer;
import io.shopdesk.knowledge.FaqEdit;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.review.internal.QuestionClusters;
import io.shopdesk.review.internal.ReviewIntake;
import io.shopdesk.review.internal.ReviewItem;
import io.shopdesk.review.internal.ReviewItemRepository;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's review queue for trainers: open items clustered by meaning, and the actions that resolve an
 * item. Each action resolves one open item (an item already resolved is refused), is audited with who did it, and
 * changes FAQ entries only through {@link FaqManagement}.
 */
@Service
public class ReviewQueue {

    /** At most this many open items are clustered (the newest); older ones wait until these are worked off. */
    static final int CLUSTERED_ITEMS = 2000;

    /** The reason of an item a trainer flagged from the try-it panel. */
    public static final String TRAINER_FLAG = "TRAINER_FLAG";

    private static final String TRAINER_FLAG_PREFIX = "flag-";

    private final ReviewItemRepository items;
    private final ReviewIntake intake;
    private final FaqManagement faq;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewQueue(
            ReviewItemRepository items,
            ReviewIntake intake,
            FaqManagement faq,
            AuditLog auditLog,
            CurrentUser currentUser,
            Clock clock) {
        this.items = items;
        this.intake = intake;
        this.faq = faq;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open items grouped by meaning, most asked first. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<ReviewCluster> openClusters() {
        return QuestionClusters.of(items.findByResolutionIsNullOrderByOccurredAtDesc(Limit.of(CLUSTERED_ITEMS)).stream()
                .map(ReviewItem::view)
                .toList());
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public long countOpen() {
        return items.countByResolutionIsNull();
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public ReviewItemView item(long id) {
        return find(id).view();
    }

    /** Recently resolved items, newest first. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional(readOnly = true)
    public List<ReviewItemView> recentlyResolved(int limit) {
        return items.findByResolutionIsNotNullOrderByResolvedAtDesc(Limit.of(Math.clamp(limit, 1, 1000))).stream()
                .map(ReviewItem::view)
                .toList();
    }

    /** Questions trainers marked as topics for a person (for handoff rules). */
    @PreAuthorize(Roles.HAS_TENANT_ROLE)
    @Transactional(readOnly = true)
    public List<String> handoffTopics() {
        return items.findByResolutionOrderByResolvedAtDesc(ReviewResolution.HANDOFF_TOPIC).stream()
                .map(ReviewItem::question)
                .distinct()
                .toList();
    }

    /** The bot's answer, or its best candidate when it only suggested, was right: a labelled training example. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView confirm(long id) {
        var item = open(id);
        long entry = item.view()
                .entryToConfirm()
                .orElseThrow(() -> new BusinessRuleException("review.error.nothing-to-confirm"));
        return resolve(item, ReviewResolution.CONFIRMED, entry);
    }

    /** Another entry answers the question: the question becomes one of that entry's similar questions. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView pickEntry(long id, long faqEntryId) {
        var item = open(id);
        faq.addSimilarQuestion(faqEntryId, item.question());
        return resolve(item, ReviewResolution.ENTRY_PICKED, faqEntryId);
    }

    /** A new published entry with the item's question (as edited by the trainer) and the given answer. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView createEntry(long id, String question, String answer, Long categoryId) {
        var item = open(id);
        String text = question == null || question.isBlank() ? item.question() : question;
        long created = faq.createEntry(new FaqEdit(
                null, categoryId, text, List.of(), answer, Map.of(), List.of(), FaqStatus.PUBLISHED, null, null, 0));
        return resolve(item, ReviewResolution.ENTRY_CREATED, created);
    }

    /** No entry should answer the question; training learns it as out of scope. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView markOutOfScope(long id) {
        return resolve(open(id), ReviewResolution.OUT_OF_SCOPE, null);
    }

    /** Customers asking this should be handed to a person. */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView markHandoffTopic(long id) {
        return resolve(open(id), ReviewResolution.HANDOFF_TOPIC, null);
    }

    /**
     * A trainer found a wrong answer (in the try-it panel): the question joins the queue as an open item with the
     * reason {@link #TRAINER_FLAG} and the answer the bot gave. Returns the item.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    @Transactional
    public ReviewItemView flag(String question, BotAnswer answer) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("question", "review.error.question-required");
        }
        if (text.length() > ReviewIntake.MAX_QUESTION) {
            text = text.substring(0, ReviewIntake.MAX_QUESTION);
        }
        var tenant = TenantContext.require();
        String conversation = TRAINER_FLAG_PREFIX
                + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        var candidates = answer.candidates().stream()
                .map(candidate -> new ReviewCandidate(candidate.faqEntryId(), candidate.confidence()))
                .toList();
        intake.store(
                tenant,
                conversation,
                0,
                TRAINER_FLAG,
                text,
                null,
                answer.confidence(),
                candidates,
                answer.modelVersion(),
                null,
                clock.instant());
        var item = items.findFirstByConversationIdAndTurn(conversation, 0)
                .orElseThrow(() -> new IllegalStateException("The flagged item was not stored"));
        auditLog.record(tenant, "review.flagged", "review:" + item.id(), null, text);
        return item.view();
    }

    private ReviewItem find(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("review item", id));
    }

    private ReviewItem open(long id) {
        var item = find(id);
        if (item.resolution() != null) {
            throw new BusinessRuleException("review.error.already-resolved", item.resolution());
        }
        return item;
    }

    private ReviewItemView resolve(ReviewItem item, ReviewResolution resolution, Long faqEntryId) {
        item.resolve(resolution, faqEntryId, currentUser.actorName(), clock.instant());
        items.saveAndFlush(item);
        auditLog.record(
                TenantContext.require(),
                "review." + resolution.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "review:" + item.id(),
                "open: " + item.question(),
                faqEntryId == null ? resolution.name() : resolution.name() + " faq:" + faqEntryId);
        return item.view();
    }
}
