package io.shopdesk.conversation.internal;

import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The answers the bot may give: each tenant's published FAQ entries, read through the knowledge module's API and
 * cached per tenant until the knowledge changes (or, for changes made on another node, until the cache time
 * {@code shopdesk.chat.faq-cache} passes). An entry the engine proposes that is not published here is not answered.
 */
@Component
public class FaqCatalog {

    private final FaqManagement faq;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConcurrentHashMap<TenantId, Loaded> cache = new ConcurrentHashMap<>();

    FaqCatalog(FaqManagement faq, Clock clock, @Value("${shopdesk.chat.faq-cache:5m}") Duration timeToLive) {
        this.faq = faq;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** An answer the bot can give: the entry's standard question and its answer as plain text and safe HTML. */
    public record FaqAnswer(long entryId, String question, String text, String html) {}

    /** The published entry, or empty when it does not exist, is not published or is another tenant's. */
    public Optional<FaqAnswer> find(TenantId tenant, long entryId) {
        return Optional.ofNullable(entries(tenant).get(entryId));
    }

    private Map<Long, FaqAnswer> entries(TenantId tenant) {
        Instant now = clock.instant();
        var loaded = cache.get(tenant);
        if (loaded == null || !loaded.expires().isAfter(now)) {
            loaded = new Loaded(load(tenant), now.plus(timeToLive));
            cache.put(tenant, loaded);
        }
        return loaded.entries();
    }

    private Map<Long, FaqAnswer> load(TenantId tenant) {
        var answers = new HashMap<Long, FaqAnswer>();
        for (FaqEntrySummary entry : TenantContext.callAs(tenant, faq::allEntries)) {
            if (entry.status() == FaqStatus.PUBLISHED) {
                answers.put(entry.id(), new FaqAnswer(entry.id(), entry.question(), entry.answer(), null));
            }
        }
        return Map.copyOf(answers);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(KnowledgeChanged changed) {
        cache.remove(changed.tenant());
    }

    private record Loaded(Map<Long, FaqAnswer> entries, Instant expires) {}
}
