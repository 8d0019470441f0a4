package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * A customer asked for a person; the conversation now waits for an agent (the handoff module assigns one). Published
 * once per wait: asking again while waiting publishes nothing.
 *
 * @param lastQuestion the customer's last question before asking, {@code null} when there was none
 */
public record HandoffRequested(
        TenantId tenant,
        String conversationId,
        long channelId,
        String channelType,
        String locale,
        HandoffTrigger trigger,
        String lastQuestion,
        Instant requestedAt) {}
