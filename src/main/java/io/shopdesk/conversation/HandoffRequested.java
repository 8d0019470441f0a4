package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;
import java.time.Instant;

/**
 * The conversation now waits for an agent (the handoff module assigns one): the customer asked for a person or a
 * handoff rule decided so. Published once per wait: asking again while waiting publishes nothing.
 *
 * @param trigger how the customer asked, {@code null} when a rule handed off without the customer asking
 * @param lastQuestion the customer's last question before asking, {@code null} when there was none
 * @param reason the name of the handoff rule that decided (for example {@code customer_asked})
 * @param skillGroup the skill group that should take it, {@code null} for any agent
 * @param takeMessage whether nobody can answer now and the customer was asked to leave a message
 */
public record HandoffRequested(
        TenantId tenant,
        String conversationId,
        long channelId,
        String channelType,
        String locale,
        HandoffTrigger trigger,
        String lastQuestion,
        Instant requestedAt,
        String reason,
        String skillGroup,
        boolean takeMessage) {}
