package io.shopdesk.connector.web;

import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageView;
import java.util.List;
import java.util.stream.Collectors;

/** Messages as plain text for messengers: what the bot, an agent or the runtime said, with any quick replies. */
final class Replies {

    private Replies() {}

    static List<MessageView> toCustomer(List<MessageView> messages) {
        return messages.stream()
                .filter(message -> message.author() != MessageAuthor.CUSTOMER)
                .toList();
    }

    static String text(MessageView message) {
        if (message.suggestions().isEmpty()) {
            return message.text();
        }
        return message.text()
                + message.suggestions().stream()
                        .map(suggestion -> "\n• " + suggestion.question())
                        .collect(Collectors.joining());
    }

    /** All replies in one text (a passive WeChat reply carries one message). */
    static String joined(List<MessageView> messages) {
        return toCustomer(messages).stream().map(Replies::text).collect(Collectors.joining("\n\n"));
    }
}
