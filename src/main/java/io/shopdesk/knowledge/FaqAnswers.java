package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.AnswerHtml;
import io.shopdesk.knowledge.internal.FaqEntryRepository;
import io.shopdesk.knowledge.internal.KnowledgeClock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers the conversation runtime sends. For system use without a signed-in user: call it in
 * {@code TenantContext.callAs(tenant, ...)}, outside a transaction of another tenant; it reads only that tenant's
 * entries.
 */
@Service
public class FaqAnswers {

    private final FaqEntryRepository entries;
    private final KnowledgeClock clock;

    FaqAnswers(FaqEntryRepository entries, KnowledgeClock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * The answer of an entry on a channel type: the entry's variant for that type when it has one, else its
     * default answer. Empty when the entry does not exist in the current tenant or is not answerable today (a
     * draft, or outside its validity dates), so a model that is a moment behind never sends a withdrawn answer.
     *
     * @param channelType a {@link ChannelTypes} name, case-insensitive; null or unknown types get the default
     */
    @Transactional(readOnly = true)
    public Optional<FaqAnswer> answerFor(long entryId, String channelType) {
        var today = clock.today();
        return entries.findById(entryId)
                .filter(entry -> FaqValidity.isAnswerable(entry.status(), entry.validFrom(), entry.validUntil(), today))
                .map(entry -> {
                    String channel = ChannelTypes.normalize(channelType);
                    String variant = entry.variantAnswers().get(channel);
                    String html = variant != null ? variant : entry.answer();
                    return new FaqAnswer(
                            entry.id(),
                            entry.question(),
                            html,
                            AnswerHtml.toPlainText(html),
                            variant != null ? channel : null);
                });
    }
}
