package io.shopdesk.conversation;

/**
 * A handoff policy's answer for one turn.
 *
 * @param rule the name of the rule that decided, recorded as the handoff's reason; {@code null} when no rule fired
 * @param skillGroup the skill group whose agents should take the conversation, {@code null} for any agent
 * @param message what to tell the customer first (a soothing message, the "leave a message" notice), {@code null}
 *     for the standard text
 * @param explanation why, in words for the policy simulator and logs (never shown to customers)
 */
public record HandoffAdvice(HandoffAction action, String rule, String skillGroup, String message, String explanation) {

    /** No rule fired: the bot goes on. */
    public static HandoffAdvice stayWithBot(String explanation) {
        return new HandoffAdvice(HandoffAction.STAY_WITH_BOT, null, null, null, explanation);
    }
}
