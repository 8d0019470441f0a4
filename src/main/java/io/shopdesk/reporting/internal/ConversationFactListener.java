package io.shopdesk.reporting.internal;

import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.TenantContext;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the conversation module's events into fact rows and roll-ups. Each event is applied at most once: a
 * replayed event finds its effect already recorded ({@link ConversationFacts}).
 */
@Component
class ConversationFactListener {

    private final ConversationFacts facts;
    private final FaqManagement faq;
    private final TransactionTemplate transactions;

    ConversationFactListener(ConversationFacts facts, FaqManagement faq, TransactionTemplate transactions) {
        this.facts = facts;
        this.faq = faq;
        this.transactions = transactions;
    }

    @ApplicationModuleListener
    void on(ConversationStarted started) {
        facts.started(started);
    }

    // Not @ApplicationModuleListener: the FAQ entry's category is read as the event's tenant, and the tenant must
    // be switched before a transaction opens. The event publication registry still records this listener.
    @Async
    @TransactionalEventListener
    void on(BotAnswered answered) {
        String category = "";
        if (answered.faqEntryId() != null) {
            category =
                    TenantContext.callAs(answered.tenant(), () -> faq.entriesById(List.of(answered.faqEntryId())))
                            .stream()
                            .findFirst()
                            .map(FaqEntrySummary::category)
                            .orElse("");
        }
        String entryCategory = category == null ? "" : category;
        transactions.executeWithoutResult(status -> facts.answered(answered, entryCategory));
    }

    @ApplicationModuleListener
    void on(ConversationClosed closed) {
        facts.closed(closed);
    }

    @ApplicationModuleListener
    void on(ConversationRated rated) {
        facts.rated(rated);
    }
}
