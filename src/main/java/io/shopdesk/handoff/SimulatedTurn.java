package io.shopdesk.handoff;

import io.shopdesk.conversation.BotOutcome;
import io.shopdesk.conversation.HandoffAction;

/**
 * What the runtime would do with one customer line of a simulated conversation.
 *
 * @param line the line's number in the pasted text (from 1)
 * @param outcome what the bot would answer, {@code null} when the line only asks for a person
 * @param rule the rule that decided, {@code null} when none fired
 */
public record SimulatedTurn(
        int line,
        String text,
        BotOutcome outcome,
        double confidence,
        HandoffAction action,
        String rule,
        String skillGroup,
        String explanation) {}
