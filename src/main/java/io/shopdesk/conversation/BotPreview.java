package io.shopdesk.conversation;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.conversation.internal.DialoguePolicy;
import io.shopdesk.conversation.internal.DialogueSettingsCache;
import io.shopdesk.conversation.internal.HandoffKeywords;
import io.shopdesk.conversation.internal.MessageText;
import io.shopdesk.engine.BotEngine;
import io.shopdesk.shared.TenantId;
import org.springframework.stereotype.Service;

/**
 * What the runtime would make of a customer message on the web widget, without storing anything: whether it asks
 * for a person, and the bot's turn (outcome, confidence, entry) from the same engine and dialogue policy. For the
 * handoff simulator; call outside a transaction.
 */
@Service
public class BotPreview {

    /** @param turn the bot's turn, {@code null} when the message asks for a person and the bot would not answer */
    public record Preview(String text, boolean asksForPerson, TurnFact turn) {}

    private final BotEngine engine;
    private final DialoguePolicy policy;
    private final DialogueSettingsCache settings;

    BotPreview(BotEngine engine, DialoguePolicy policy, DialogueSettingsCache settings) {
        this.engine = engine;
        this.policy = policy;
        this.settings = settings;
    }

    public Preview preview(TenantId tenant, String message) {
        String text = MessageText.normalise(message);
        boolean asks = HandoffKeywords.asksForPerson(text);
        var dialogue = settings.settingsFor(tenant);
        var reply =
                policy.decide(tenant, ChannelType.WEB_WIDGET, engine.answer(tenant, text), dialogue, dialogue.locale());
        Long entry = reply.faqEntryId() != null
                ? reply.faqEntryId()
                : reply.candidates().isEmpty()
                        ? null
                        : reply.candidates().getFirst().faqEntryId();
        return new Preview(text, asks, new TurnFact(reply.outcome(), reply.confidence(), entry));
    }
}
