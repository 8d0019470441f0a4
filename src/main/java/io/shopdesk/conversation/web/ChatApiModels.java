package io.shopdesk.conversation.web;

import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationView;
import io.shopdesk.conversation.Exchange;
import io.shopdesk.conversation.MessageView;
import java.util.List;

/** The chat API's request and response bodies. */
final class ChatApiModels {

    private ChatApiModels() {}

    /**
     * Starts a conversation; {@code locale} (en, zh-CN) is the customer's language, optional; {@code attributes} what
     * the shop knows about the customer (such as {@code tier=VIP}, at most 10), optional.
     */
    record StartRequest(String locale, java.util.Map<String, String> attributes) {}

    /**
     * A customer message: a client-chosen id (1-64 of {@code A-Z a-z 0-9 . _ : -}, unique within the conversation)
     * and either text (1-2,000 characters) or a choice among an earlier message's suggestions.
     */
    record SendRequest(String clientMessageId, String text, ChoiceRequest choice) {}

    /** Picks the suggestion for FAQ entry {@code faqEntryId} of the bot message with sequence number {@code seq}. */
    record ChoiceRequest(Integer seq, Long faqEntryId) {}

    record VoteRequest(Boolean helpful) {}

    /**
     * The web widget's look: {@code primaryColor} as {@code #rrggbb} or null for the widget's own; {@code
     * outsideBusinessHours} true when the channel has business hours and they are closed now (the bot still answers).
     */
    record WidgetResponse(String primaryColor, boolean outsideBusinessHours) {}

    /** The customer's rating of a closed conversation, 1 to 5. */
    record RatingRequest(Integer score) {}

    /**
     * A conversation with messages (oldest first) and the cursor to read or stream on from.
     *
     * @param streamPath where to follow the conversation live (Server-Sent Events)
     * @param queuePosition the conversation's place in the queue for an agent (from 1) while it waits, else null
     */
    record ConversationResponse(
            String id,
            String locale,
            ConversationState state,
            int cursor,
            List<MessageView> messages,
            String streamPath,
            Integer queuePosition) {

        static ConversationResponse of(ConversationView view) {
            return of(view, null);
        }

        static ConversationResponse of(ConversationView view, Integer queuePosition) {
            return new ConversationResponse(
                    view.id(),
                    view.locale(),
                    view.state(),
                    view.cursor(),
                    view.messages(),
                    ChatApiModels.streamPath(view.id()),
                    queuePosition);
        }
    }

    /**
     * What one request added: the customer's message and the replies; {@code replayed} when stored before; the
     * place in the queue for an agent while the conversation waits, else null.
     */
    record ExchangeResponse(
            String conversationId,
            ConversationState state,
            List<MessageView> messages,
            boolean replayed,
            Integer queuePosition) {

        static ExchangeResponse of(Exchange exchange, Integer queuePosition) {
            return new ExchangeResponse(
                    exchange.conversationId(),
                    exchange.state(),
                    exchange.messages(),
                    exchange.replayed(),
                    queuePosition);
        }
    }

    static String streamPath(String conversationId) {
        return ChatApi.BASE + "/conversations/" + conversationId + "/stream";
    }
}
