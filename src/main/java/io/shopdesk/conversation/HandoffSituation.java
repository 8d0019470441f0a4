package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a handoff policy decides on: the customer's latest message and the conversation so far.
 *
 * @param customerText the customer's latest message, {@code null} when they pressed the "talk to a person" button
 * @param askedForPerson whether the customer asked for a person (the button, or a message such as "转人工")
 * @param turns the bot's turns of this conversation, oldest first, the latest one (if the bot answered this
 *     message) last; at most the last ten
 * @param attributes what the shop told about the customer when the conversation started (for example {@code tier}
 *     = {@code VIP})
 */
public record HandoffSituation(
        TenantId tenant,
        String conversationId,
        String channelType,
        String locale,
        String customerText,
        boolean askedForPerson,
        List<TurnFact> turns,
        Map<String, String> attributes,
        Instant at) {

    public HandoffSituation {
        turns = List.copyOf(turns);
        attributes = Map.copyOf(attributes);
    }
}
