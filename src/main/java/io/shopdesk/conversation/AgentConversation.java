package io.shopdesk.conversation;

import java.util.List;
import java.util.Map;

/**
 * A handed-off conversation as its agent sees it: who owns it, why it was handed off, what the shop said about the
 * customer, and the whole transcript.
 *
 * @param agent the e-mail of the agent who owns it, {@code null} while it waits
 * @param ticket whether it waits as a message the customer left (answered later, not chatted live)
 */
public record AgentConversation(
        String conversationId,
        ConversationState state,
        String agent,
        String reason,
        String skillGroup,
        String locale,
        String channelType,
        Map<String, String> attributes,
        List<TranscriptLine> transcript,
        boolean ticket) {

    public AgentConversation {
        attributes = Map.copyOf(attributes);
        transcript = List.copyOf(transcript);
    }
}
