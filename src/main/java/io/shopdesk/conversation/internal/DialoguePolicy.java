package io.shopdesk.conversation.internal;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.DialogueSettings;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.Suggestion;
import io.shopdesk.conversation.TurnCandidate;
import io.shopdesk.engine.AnswerCandidate;
import io.shopdesk.engine.BotAnswer;
import io.shopdesk.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides what the bot says to a question from the engine's candidates and the tenant's thresholds: at or above the
 * answer threshold it answers with the best entry; from the suggest threshold up it asks "did you mean" with the top
 * candidates as quick replies (those with at least half the suggest threshold's confidence, at most three); below it
 * falls back and offers a person. Candidates that are not answerable today are left out before deciding; answers
 * are the entry's variant for the channel's type when it has one.
 */
@Component
public class DialoguePolicy {

    private final FaqCatalog faq;
    private final BotTexts texts;

    DialoguePolicy(FaqCatalog faq, BotTexts texts) {
        this.faq = faq;
        this.texts = texts;
    }

    public BotReply decide(
            TenantId tenant, ChannelType channelType, BotAnswer answer, DialogueSettings settings, String locale) {
        var candidates = answer.candidates().stream()
                .limit(3)
                .map(candidate -> new TurnCandidate(candidate.faqEntryId(), candidate.confidence()))
                .toList();
        var known = new ArrayList<FaqCatalog.FaqAnswer>();
        var knownConfidences = new ArrayList<Double>();
        for (AnswerCandidate candidate : answer.candidates().stream().limit(3).toList()) {
            faq.find(tenant, candidate.faqEntryId(), channelType).ifPresent(entry -> {
                known.add(entry);
                knownConfidences.add(candidate.confidence());
            });
        }
        double best = candidates.isEmpty() ? 0 : candidates.getFirst().confidence();
        var thresholds = settings.thresholds();
        if (!known.isEmpty() && knownConfidences.getFirst() >= thresholds.answer()) {
            var entry = known.getFirst();
            return new BotReply(
                    MessageKind.ANSWER,
                    BotOutcome.ANSWERED,
                    entry.text(),
                    entry.html(),
                    List.of(),
                    entry.entryId(),
                    best,
                    candidates,
                    answer.modelVersion(),
                    null);
        }
        if (!known.isEmpty() && knownConfidences.getFirst() >= thresholds.suggest()) {
            var suggestions = new ArrayList<Suggestion>();
            for (int i = 0; i < known.size(); i++) {
                if (i == 0 || knownConfidences.get(i) >= thresholds.suggest() / 2) {
                    suggestions.add(
                            new Suggestion(known.get(i).entryId(), known.get(i).question()));
                }
            }
            return new BotReply(
                    MessageKind.SUGGESTIONS,
                    BotOutcome.SUGGESTED,
                    texts.didYouMean(locale),
                    null,
                    suggestions,
                    null,
                    best,
                    candidates,
                    answer.modelVersion(),
                    ReviewReason.LOW_CONFIDENCE);
        }
        return new BotReply(
                MessageKind.FALLBACK,
                BotOutcome.FALLBACK,
                texts.fallback(settings, locale),
                null,
                List.of(),
                null,
                best,
                candidates,
                answer.modelVersion(),
                ReviewReason.FALLBACK);
    }

    /** The answer to a suggestion the customer picked, with the confidence the engine had given it. */
    public BotReply chosen(FaqCatalog.FaqAnswer entry, BotTurn suggestedTurn) {
        double confidence = suggestedTurn.candidates().stream()
                .filter(candidate -> candidate.faqEntryId() == entry.entryId())
                .mapToDouble(TurnCandidate::confidence)
                .findFirst()
                .orElse(0);
        return new BotReply(
                MessageKind.ANSWER,
                BotOutcome.CHOSEN,
                entry.text(),
                entry.html(),
                List.of(),
                entry.entryId(),
                confidence,
                suggestedTurn.candidates(),
                suggestedTurn.modelVersion(),
                null);
    }
}
