package io.shopdesk.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A message as the customer's client shows it. {@code text} is plain text (render it as text, never as HTML);
 * {@code html}, when present, is an answer's sanitised HTML (render only its safe subset). {@code seq} orders the
 * messages of a conversation and is the cursor for reading and streaming.
 *
 * @param replyTo the sequence number of the customer message this answers, or {@code null}
 * @param offerHandoff whether the client should offer "talk to a person" with this message
 * @param votable whether the customer may say whether this answer helped
 * @param vote {@code HELPFUL}, {@code NOT_HELPFUL} or {@code null}
 */
public record MessageView(
        int seq,
        MessageAuthor author,
        MessageKind kind,
        String text,
        String html,
        Instant sentAt,
        Integer replyTo,
        List<Suggestion> suggestions,
        boolean offerHandoff,
        boolean votable,
        String vote) {

    public MessageView {
        suggestions = List.copyOf(suggestions);
    }
}
