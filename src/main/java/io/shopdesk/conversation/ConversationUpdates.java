package io.shopdesk.conversation;

import java.util.List;

/**
 * Where the live updates of one conversation go (the SSE stream of a customer's client; an agent's view later).
 * Calls come one at a time, in order, from a thread of the runtime; a method that throws ends the subscription.
 */
public interface ConversationUpdates {

    /** New messages, in sequence order, each sent once (from the requested cursor on). */
    void messages(List<MessageView> messages) throws Exception;

    /** The conversation changed state (a person was asked for, an agent joined, it closed). */
    void state(ConversationState state) throws Exception;

    /** Nothing happened for a while; keeps proxies from closing an idle connection. */
    void heartbeat() throws Exception;

    /** The subscription ended (the client went away, or the runtime is shutting down). */
    void closed();
}
