package io.shopdesk.conversation.internal;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.knowledge.ChannelTypes;
import io.shopdesk.knowledge.FaqAnswers;
import io.shopdesk.knowledge.KnowledgeChanged;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The answers the bot may give, read through the knowledge module's {@link FaqAnswers} (the entry's variant for the
 * channel's type, or its default answer; only entries answerable today) and cached per tenant, entry and channel
 * type until the entry changes (or, for changes made on another node and for validity dates passing, until
 * {@code shopdesk.chat.faq-cache} passes). An entry the engine proposes that is not answerable is not answered.
 */
@Component
public class FaqCatalog {

    private static final int MAX_CACHED = 200_000;

    private final FaqAnswers answers;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    FaqCatalog(FaqAnswers answers, Clock clock, @Value("${shopdesk.chat.faq-cache:5m}") Duration timeToLive) {
        this.answers = answers;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** An answer the bot can give: the entry's standard question and its answer as plain text and safe HTML. */
    public record FaqAnswer(long entryId, String question, String text, String html) {}

    private record Key(TenantId tenant, long entryId, String channelType) {}

    private record Cached(Optional<FaqAnswer> answer, Instant expires) {}

    /** The entry's answer on a channel type, or empty when it is not answerable (or is another tenant's). */
    public Optional<FaqAnswer> find(TenantId tenant, long entryId, ChannelType channelType) {
        var key = new Key(tenant, entryId, knowledgeType(channelType));
        Instant now = clock.instant();
        var cached = cache.get(key);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.answer();
        }
        var answer = TenantContext.callAs(tenant, () -> answers.answerFor(entryId, key.channelType()))
                .map(found -> new FaqAnswer(found.entryId(), found.question(), found.plainText(), found.html()));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Cached(answer, now.plus(timeToLive)));
        return answer;
    }

    /** The knowledge module's name for a channel type's answer variants. */
    static String knowledgeType(ChannelType type) {
        return switch (type) {
            case WEB_WIDGET -> ChannelTypes.WEB;
            case API -> ChannelTypes.API;
            case WEBHOOK -> ChannelTypes.WEBHOOK;
            case WECHAT -> ChannelTypes.WECHAT;
            case TELEGRAM -> ChannelTypes.TELEGRAM;
        };
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(KnowledgeChanged changed) {
        cache.keySet()
                .removeIf(key -> key.tenant().equals(changed.tenant())
                        && (changed.entryIds().isEmpty() || changed.entryIds().contains(key.entryId())));
    }
}
