package io.shopdesk.conversation;

import java.util.List;

/** A conversation's id (the customer's handle on it), language, state and messages (all or some, oldest first). */
public record ConversationView(String id, String locale, ConversationState state, List<MessageView> messages) {

    public ConversationView {
        messages = List.copyOf(messages);
    }

    /** The sequence number of the last message listed, the cursor to read on from; 0 when none is listed. */
    public int cursor() {
        return messages.isEmpty() ? 0 : messages.getLast().seq();
    }
}
