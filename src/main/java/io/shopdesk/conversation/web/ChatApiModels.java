package io.shopdesk.conversation.web;

import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationView;
import io.shopdesk.conversation.Exchange;
import io.shopdesk.conversation.MessageView;
import java.util.List;

/** The chat API's request and response bodies. */
final class ChatApiModels {

    private ChatApiModels() {}

    /** Starts a conversation; {@code locale} (en, zh-CN) is the customer's language, optional. */
    record StartRequest(String locale) {}

    /**
     * A customer message: a client-chosen id (1-64 of {@code A-Z a-z 0-9 . _ : -}, unique within the conversation)
     * and either text (1-2,000 characters) or a choice among an earlier message's suggestions.
     */
    record SendRequest(String clientMessageId, String text, ChoiceRequest choice) {}

    /** Picks the suggestion for FAQ entry {@code faqEntryId} of the bot message with sequence number {@code seq}. */
    record ChoiceRequest(Integer seq, Long faqEntryId) {}

    record VoteRequest(Boolean helpful) {}

    /**
     * A conversation with messages (oldest first) and the cursor to read or stream on from.
     *
     * @param streamPath where to follow the conversation live (Server-Sent Events)
     */
    record ConversationResponse(
            String id,
            String locale,
            ConversationState state,
            int cursor,
            List<MessageView> messages,
            String streamPath) {

        static ConversationResponse of(ConversationView view) {
            return new ConversationResponse(
                    view.id(),
                    view.locale(),
                    view.state(),
                    view.cursor(),
                    view.messages(),
                    ChatApiModels.streamPath(view.id()));
        }
    }

    /** What one request added: the customer's message and the replies; {@code replayed} when stored before. */
    record ExchangeResponse(
            String conversationId, ConversationState state, List<MessageView> messages, boolean replayed) {

        static ExchangeResponse of(Exchange exchange) {
            return new ExchangeResponse(
                    exchange.conversationId(), exchange.state(), exchange.messages(), exchange.replayed());
        }
    }

    static String streamPath(String conversationId) {
        return ChatApi.BASE + "/conversations/" + conversationId + "/stream";
    }
}
