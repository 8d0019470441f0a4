package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.MessageView;

/** Turns stored messages into what the customer's client sees: no confidences, no model internals. */
final class MessageViews {

    private MessageViews() {}

    static MessageView of(ConversationMessage message) {
        boolean answer = message.author() == MessageAuthor.BOT && message.kind() == MessageKind.ANSWER;
        return new MessageView(
                message.seq(),
                message.author(),
                message.kind(),
                message.text(),
                message.html(),
                message.createdAt(),
                message.replyToSeq(),
                message.suggestions(),
                message.kind() == MessageKind.FALLBACK,
                answer,
                message.vote());
    }
}
