package io.shopdesk.engine;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.engine.internal.TestQuestionRepository;
import io.shopdesk.engine.internal.TestQuestionRow;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's test-question set, which the regression check answers with the live and a candidate model.
 * It holds every review item a trainer resolved (added automatically, as {@link TestQuestion.Source#REVIEW}), the
 * similar questions a trainer held out of training, and questions added by hand. Trainers add and remove questions;
 * a removed question is not added back automatically. Every change is audited.
 */
@Service
public class TestQuestionSet {

    /** At most this many questions are checked. */
    public static final int MAX_QUESTIONS = 1000;

    private final TestQuestionRepository questions;
    private final List<TrainingContribution> contributions;
    private final FaqManagement faq;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TestQuestionSet(
            TestQuestionRepository questions,
            List<TrainingContribution> contributions,
            FaqManagement faq,
            AuditLog auditLog,
            CurrentUser currentUser,
            TransactionTemplate transactions,
            Clock clock) {
        this.questions = questions;
        this.contributions = contributions;
        this.faq = faq;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The test questions, oldest first, after taking in newly resolved review items. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public List<TestQuestion> questions() {
        takeInReviewedQuestions(TenantContext.require());
        return transactions.execute(status -> questions.findByRemovedFalseOrderByIdAsc().stream()
                .limit(MAX_QUESTIONS)
                .map(TestQuestionRow::view)
                .toList());
    }

    /** Adds a question that the entry should answer ({@code faqEntryId} null: that no entry should answer). */
    @PreAuthorize(Roles.HAS_TRAINER)
    public TestQuestion add(String question, Long faqEntryId) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("question", "engine.test.error.question-required");
        }
        if (text.length() > TestQuestionRow.MAX_QUESTION) {
            throw BusinessRuleException.onField(
                    "question", "engine.test.error.question-too-long", TestQuestionRow.MAX_QUESTION);
        }
        if (faqEntryId != null && faq.entriesById(List.of(faqEntryId)).isEmpty()) {
            throw new NotFoundException("FAQ entry", faqEntryId);
        }
        var tenant = TenantContext.require();
        return transactions.execute(status -> {
            var existing = questions.findByQuestion(text);
            TestQuestionRow row;
            if (existing.isPresent()) {
                if (!existing.get().removed()) {
                    throw BusinessRuleException.onField("question", "engine.test.error.question-duplicate", text);
                }
                row = existing.get();
                row.restore(faqEntryId, TestQuestion.Source.MANUAL);
            } else {
                row = new TestQuestionRow(
                        text, faqEntryId, TestQuestion.Source.MANUAL, clock.instant(), currentUser.actorName());
            }
            var saved = questions.saveAndFlush(row).view();
            auditLog.record(
                    tenant,
                    "engine.test-question-added",
                    "test-question:" + saved.id(),
                    null,
                    text + (faqEntryId == null ? " -> out of scope" : " -> faq:" + faqEntryId));
            return saved;
        });
    }

    @PreAuthorize(Roles.HAS_TRAINER)
    public void remove(long id) {
        var tenant = TenantContext.require();
        transactions.executeWithoutResult(status -> {
            var row = questions
                    .findById(id)
                    .filter(found -> !found.removed())
                    .orElseThrow(() -> new NotFoundException("test question", id));
            row.remove();
            questions.saveAndFlush(row);
            auditLog.record(tenant, "engine.test-question-removed", "test-question:" + id, row.question(), null);
        });
    }

    /**
     * Holds one similar question of every answerable entry with at least two out of training and adds it to the
     * test set, so the check also shows how the model does on wordings it never learned. Returns how many were added.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    public int holdOutSimilarQuestions() {
        var tenant = TenantContext.require();
        var entries = faq.answerableEntries();
        int added = transactions.execute(status -> {
            var known = known();
            int count = 0;
            for (FaqEntrySummary entry : entries) {
                var similar = entry.similarQuestions();
                if (similar.size() < 2) {
                    continue;
                }
                String text = cut(similar.getLast());
                if (known.add(text)) {
                    questions.save(new TestQuestionRow(
                            text, entry.id(), TestQuestion.Source.HELD_OUT, clock.instant(), currentUser.actorName()));
                    count++;
                }
            }
            questions.flush();
            return count;
        });
        auditLog.record(tenant, "engine.test-questions-held-out", "test-set", null, "added=" + added);
        return added;
    }

    /** Resolved review items not yet in the set (nor removed from it) join it. Best effort: a race only delays. */
    private void takeInReviewedQuestions(TenantId tenant) {
        var labelled = new ArrayList<TrainingContribution.LabelledQuestion>();
        var outOfScope = new ArrayList<String>();
        for (TrainingContribution contribution : contributions) {
            labelled.addAll(contribution.resolvedQuestions(tenant));
            outOfScope.addAll(contribution.outOfScopeQuestions(tenant));
        }
        if (labelled.isEmpty() && outOfScope.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                var known = known();
                String actor = currentUser.actorName();
                for (var question : labelled) {
                    String text = cut(question.text());
                    if (!text.isEmpty() && known.add(text)) {
                        questions.save(new TestQuestionRow(
                                text, question.faqEntryId(), TestQuestion.Source.REVIEW, clock.instant(), actor));
                    }
                }
                for (String question : outOfScope) {
                    String text = cut(question);
                    if (!text.isEmpty() && known.add(text)) {
                        questions.save(
                                new TestQuestionRow(text, null, TestQuestion.Source.REVIEW, clock.instant(), actor));
                    }
                }
                questions.flush();
            });
        } catch (DataIntegrityViolationException concurrentlyAdded) {
            // Another request took in the same questions at the same moment; they are in the set now.
        }
    }

    private Set<String> known() {
        var known = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        questions.findAllByOrderByIdAsc().forEach(row -> known.add(row.question()));
        return known;
    }

    private static String cut(String question) {
        String text = question == null ? "" : question.strip();
        return text.length() > TestQuestionRow.MAX_QUESTION
                ? text.substring(0, TestQuestionRow.MAX_QUESTION).strip()
                : text;
    }
}
