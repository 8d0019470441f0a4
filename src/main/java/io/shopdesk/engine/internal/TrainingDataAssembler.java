package io.shopdesk.engine.internal;

import io.shopdesk.engine.TestQuestion;
import io.shopdesk.engine.TrainingContribution;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.TrainingData;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.TenantContext;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers what a tenant's model learns from: every answerable FAQ entry's (published, within its dates) standard and
 * similar questions (the label is the entry id) except similar questions held out for the test set, plus what other modules contribute (confirmed review items, out-of-scope questions).
 */
@Component
class TrainingDataAssembler {

    private final FaqManagement faq;
    private final TenantDirectory tenants;
    private final List<TrainingContribution> contributions;
    private final TestQuestionRepository testQuestions;

    TrainingDataAssembler(
            FaqManagement faq,
            TenantDirectory tenants,
            List<TrainingContribution> contributions,
            TestQuestionRepository testQuestions) {
        this.faq = faq;
        this.tenants = tenants;
        this.contributions = contributions;
        this.testQuestions = testQuestions;
    }

    /** Everything the tenant's model should know now; call outside any transaction. */
    TrainingData assemble(TenantId tenant, long seed) {
        return TenantContext.callAs(tenant, () -> {
            var examples = new ArrayList<Example>();
            var answerable = new HashSet<String>();
            var heldOut = heldOut();
            for (FaqEntrySummary entry : faq.answerableEntries()) {
                examples.addAll(examplesOf(entry, heldOut));
                answerable.add(label(entry.id()));
            }
            var outOfScope = new ArrayList<String>();
            for (TrainingContribution contribution : contributions) {
                for (var question : contribution.confirmedQuestions(tenant)) {
                    // A confirmed question of an entry that is no longer answerable teaches nothing useful.
                    if (answerable.contains(label(question.faqEntryId()))) {
                        examples.add(new Example(label(question.faqEntryId()), question.text()));
                    }
                }
                outOfScope.addAll(contribution.outOfScopeQuestions(tenant));
            }
            return new TrainingData(language(tenant), examples, outOfScope, seed);
        });
    }

    /** The current answerable state of some entries: examples of those still answerable, the ids of all given. */
    Delta delta(TenantId tenant, Set<Long> entryIds) {
        return TenantContext.callAs(tenant, () -> {
            var examples = new ArrayList<Example>();
            var today = faq.today();
            var heldOut = heldOut();
            for (FaqEntrySummary entry : faq.entriesById(entryIds)) {
                if (entry.answerableOn(today)) {
                    examples.addAll(examplesOf(entry, heldOut));
                }
            }
            var labels = new HashSet<String>();
            entryIds.forEach(id -> labels.add(label(id)));
            return new Delta(labels, examples);
        });
    }

    MatchLanguage language(TenantId tenant) {
        String locale = tenants.find(tenant)
                .map(TenantDirectory.TenantSummary::defaultLocale)
                .orElse("en");
        return MatchLanguage.of(Locale.forLanguageTag(locale));
    }

    static String label(long entryId) {
        return Long.toString(entryId);
    }

    /** Similar questions held out of training for the test set, as "entry id|question" in lower case. */
    private Set<String> heldOut() {
        var heldOut = new HashSet<String>();
        for (var row : testQuestions.findByRemovedFalseOrderByIdAsc()) {
            var question = row.view();
            if (question.source() == TestQuestion.Source.HELD_OUT && question.faqEntryId() != null) {
                heldOut.add(heldOutKey(question.faqEntryId(), question.question()));
            }
        }
        return heldOut;
    }

    private static String heldOutKey(long entryId, String question) {
        return entryId + "|" + question.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Example> examplesOf(FaqEntrySummary entry, Set<String> heldOut) {
        var examples = new ArrayList<Example>();
        String label = label(entry.id());
        examples.add(new Example(label, entry.question()));
        entry.similarQuestions().stream()
                .filter(text -> !heldOut.contains(heldOutKey(entry.id(), text)))
                .forEach(text -> examples.add(new Example(label, text)));
        return examples;
    }

    /** Labels to drop from a model and the examples to add back for the entries that are still answerable. */
    record Delta(Set<String> changedLabels, List<Example> examples) {}
}
