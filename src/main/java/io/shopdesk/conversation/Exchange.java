package io.shopdesk.conversation;

import java.util.List;

/**
 * The result of something the customer did: the messages it added (their message, then the replies) and the
 * conversation's state after it. {@code replayed} is true when the same client message id was seen before and
 * these are the stored messages, not a new answer.
 */
public record Exchange(String conversationId, ConversationState state, List<MessageView> messages, boolean replayed) {

    public Exchange {
        messages = List.copyOf(messages);
    }
}
