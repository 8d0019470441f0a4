package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.ConversationState;

/**
 * Tells the other replicas that a conversation changed, so that the subscribers they hold (a customer's stream, an
 * agent's view) catch up from the database. The single-node default has none.
 */
interface ReplicaBroadcast {

    /** New messages were committed to a conversation, or (with a state) it changed state. */
    void changed(long conversationId, ConversationState state);
}
