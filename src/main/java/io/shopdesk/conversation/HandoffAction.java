package io.shopdesk.conversation;

/**
 * What a handoff policy tells the runtime to do with a customer's turn: keep the bot talking, hand the conversation
 * to a skill group, offer a person (the customer decides), take a message because nobody can answer now, or send a
 * soothing message and then hand off.
 */
public enum HandoffAction {
    STAY_WITH_BOT,
    HAND_OFF,
    OFFER_PERSON,
    TAKE_MESSAGE,
    SOOTHE_AND_HAND_OFF;

    /** Whether the conversation goes to people (waits for an agent) with this action. */
    public boolean handsOff() {
        return this == HAND_OFF || this == TAKE_MESSAGE || this == SOOTHE_AND_HAND_OFF;
    }
}
