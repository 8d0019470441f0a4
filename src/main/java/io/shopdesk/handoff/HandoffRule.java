package io.shopdesk.handoff;

import io.shopdesk.conversation.HandoffAction;

/**
 * One rule of a tenant's handoff policy. Rules are evaluated in order; the first trigger that matches decides, then
 * the first guard that matches may replace its action.
 *
 * @param name the rule's name, recorded as the reason of every handoff it causes
 * @param parameter what the type needs (see {@link HandoffRuleType}); empty when it needs nothing
 * @param skillGroup the skill group to hand off to, {@code null} for any agent
 * @param message what to tell the customer first (the soothing message, the "leave a message" text), {@code null}
 *     for the standard text
 */
public record HandoffRule(
        String name,
        HandoffRuleType type,
        String parameter,
        HandoffAction action,
        String skillGroup,
        String message,
        boolean enabled) {

    public HandoffRule {
        parameter = parameter == null ? "" : parameter.strip();
        skillGroup = skillGroup == null || skillGroup.isBlank() ? null : skillGroup.strip();
        message = message == null || message.isBlank() ? null : message.strip();
    }
}
