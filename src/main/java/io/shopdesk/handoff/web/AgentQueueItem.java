package io.shopdesk.handoff.web;

import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.orders.LookedUpOrder;
import java.time.Instant;

/**
 * A row of the queue, the agent's own conversations or the tickets over HTTP: the conversation as the workspace lists
 * it, plus the order the bot last looked up in it.
 *
 * @param order the order the customer asked about, {@code null} when the bot looked none up
 */
record AgentQueueItem(
        String conversationId,
        String skillGroup,
        String reason,
        String locale,
        String channelType,
        Instant requestedAt,
        int position,
        String lastQuestion,
        LookedUpOrder order) {

    static AgentQueueItem of(QueuedConversation queued, LookedUpOrder order) {
        return new AgentQueueItem(
                queued.conversationId(),
                queued.skillGroup(),
                queued.reason(),
                queued.locale(),
                queued.channelType(),
                queued.requestedAt(),
                queued.position(),
                queued.lastQuestion(),
                order);
    }
}
