package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.HandoffTrigger;

/**
 * A handoff the runtime carries out: how the customer asked ({@code null} when a rule decided alone), the deciding
 * rule, the skill group, whether nobody can answer now (take a message), and what the customer is told: an optional
 * soothing bot message first, then the notice.
 */
public record Handoff(
        HandoffTrigger trigger,
        String reason,
        String skillGroup,
        boolean takeMessage,
        String soothing,
        String notice) {}
