package io.shopdesk.reporting.internal;

import io.shopdesk.conversation.BotAnswered;
import io.shopdesk.conversation.ConversationClosed;
import io.shopdesk.conversation.ConversationRated;
import io.shopdesk.conversation.ConversationStarted;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the conversation module's events into fact rows and roll-ups. Each event is applied at most once: a
 * replayed event finds its effect already recorded ({@link ConversationFacts}). A bot turn costs one insert in the
 * turn's own transaction ({@link AnswerRollup} counts it later); the category of a conversation's top FAQ entry is
 * read when the conversation closes, once per entry and kept until the entry changes (a renamed category shows in
 * new facts within {@link #CATEGORY_TTL_NANOS}).
 */
@Component
class ConversationFactListener {

    private static final int MAX_CACHED = 100_000;
    private static final long CATEGORY_TTL_NANOS = 300_000_000_000L;

    private record Entry(TenantId tenant, long id) {}

    private record Category(String name, long readAt) {}

    private final ConcurrentHashMap<Entry, Category> categories = new ConcurrentHashMap<>();
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

    // A plain listener, in the transaction that stores the turn: one insert there costs less than an event
    // publication and two transactions after the commit on every chat message, and the fact commits with the turn.
    @EventListener
    void on(BotAnswered answered) {
        facts.answered(answered);
    }

    private String category(TenantId tenant, long entryId) {
        var key = new Entry(tenant, entryId);
        var cached = categories.get(key);
        if (cached != null && System.nanoTime() - cached.readAt() < CATEGORY_TTL_NANOS) {
            return cached.name();
        }
        String category = TenantContext.callAs(tenant, () -> faq.entriesById(List.of(entryId))).stream()
                .findFirst()
                .map(FaqEntrySummary::category)
                .orElse(null);
        String known = category == null ? "" : category;
        if (categories.size() >= MAX_CACHED) {
            categories.clear();
        }
        categories.put(key, new Category(known, System.nanoTime()));
        return known;
    }

    /** An entry's category may have changed (or the entry gone): read it again next time. */
    @EventListener
    void on(KnowledgeChanged changed) {
        categories
                .keySet()
                .removeIf(key -> key.tenant().equals(changed.tenant())
                        && (changed.entryIds().isEmpty() || changed.entryIds().contains(key.id())));
    }

    // Not @ApplicationModuleListener: the top entry's category is read as the event's tenant, and the tenant must be
    // switched before a transaction opens. The event publication registry still records this listener.
    @Async
    @TransactionalEventListener
    void on(ConversationClosed closed) {
        var top = facts.topEntry(closed.tenant(), closed.conversationId());
        String category = top.map(entry -> category(closed.tenant(), entry)).orElse("");
        transactions.executeWithoutResult(status -> facts.closed(closed, top, category));
    }

    @ApplicationModuleListener
    void on(ConversationRated rated) {
        facts.rated(rated);
    }
}
