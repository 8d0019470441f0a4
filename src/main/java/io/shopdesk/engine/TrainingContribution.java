package io.shopdesk.engine;

import io.shopdesk.shared.TenantId;
import java.util.List;

/**
 * Training data beyond the FAQ, contributed by modules that collect it (the review queue's confirmed questions
 * and out-of-scope examples). Implementations are Spring beans; the engine asks all of them on every training run,
 * with the tenant set on the thread and no transaction open.
 */
public interface TrainingContribution {

    /** Customer questions confirmed to be answered by a FAQ entry. */
    List<LabelledQuestion> confirmedQuestions(TenantId tenant);

    /**
     * Customer questions a trainer resolved with an entry (confirmed, picked or created): the regression check's
     * test questions. By default the confirmed ones.
     */
    default List<LabelledQuestion> resolvedQuestions(TenantId tenant) {
        return confirmedQuestions(tenant);
    }

    /** Customer questions confirmed to be answered by no entry: the bot must learn not to answer them. */
    List<String> outOfScopeQuestions(TenantId tenant);

    /** A question and the FAQ entry that answers it. */
    record LabelledQuestion(long faqEntryId, String text) {}
}
