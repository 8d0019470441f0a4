package io.shopdesk.conversation.web;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.conversation.ChatRuntime;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.CustomerMessage;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.web.ChatApiModels.ConversationResponse;
import io.shopdesk.conversation.web.ChatApiModels.ExchangeResponse;
import io.shopdesk.conversation.web.ChatApiModels.RatingRequest;
import io.shopdesk.conversation.web.ChatApiModels.SendRequest;
import io.shopdesk.conversation.web.ChatApiModels.StartRequest;
import io.shopdesk.conversation.web.ChatApiModels.VoteRequest;
import io.shopdesk.conversation.web.ChatApiModels.WidgetResponse;
import io.shopdesk.shared.BusinessRuleException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat API for channels (the web widget, merchants' own servers): stateless, authenticated by the channel key
 * in the {@code X-ShopDesk-Channel-Key} header, JSON in and out, errors as problem details in the request's
 * {@code Accept-Language}. The live stream is {@link ChatStreamApi}.
 */
@RestController
@RequestMapping(path = ChatApi.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ChatApi {

    static final String BASE = "/api/chat/v1";

    private final ChatRuntime chat;
    private final Clock clock;

    ChatApi(ChatRuntime chat, Clock clock) {
        this.chat = chat;
        this.clock = clock;
    }

    /**
     * What the web widget needs before a conversation starts: the channel's colour and whether it is outside the
     * channel's business hours now. Nothing else of the channel's settings is given out.
     */
    @GetMapping("/widget")
    WidgetResponse widget(ChannelIdentity channel) {
        var appearance = channel.appearance();
        return new WidgetResponse(appearance.primaryColor(), appearance.outsideBusinessHours(clock.instant()));
    }

    @PostMapping("/conversations")
    ResponseEntity<ConversationResponse> start(
            ChannelIdentity channel, @RequestBody(required = false) StartRequest request) {
        var view = request == null
                ? chat.start(channel, null)
                : chat.start(channel, request.locale(), request.attributes() == null ? Map.of() : request.attributes());
        return ResponseEntity.created(URI.create(BASE + "/conversations/" + view.id()))
                .body(ConversationResponse.of(view));
    }

    @GetMapping("/conversations/{id}/messages")
    ConversationResponse messages(
            ChannelIdentity channel, @PathVariable String id, @RequestParam(defaultValue = "0") int after) {
        var view = chat.messages(channel, id, after);
        return ConversationResponse.of(view, position(channel, id, view.state()));
    }

    @PostMapping("/conversations/{id}/messages")
    ResponseEntity<ExchangeResponse> send(
            ChannelIdentity channel, @PathVariable String id, @RequestBody SendRequest request) {
        var choice = request.choice();
        if (choice != null && (choice.seq() == null || choice.faqEntryId() == null)) {
            throw BusinessRuleException.onField("choice", "chat.error.choice-unknown");
        }
        var exchange = chat.send(
                channel,
                id,
                new CustomerMessage(
                        request.clientMessageId(),
                        request.text(),
                        choice == null ? null : new CustomerMessage.Choice(choice.seq(), choice.faqEntryId())));
        return ResponseEntity.status(exchange.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ExchangeResponse.of(exchange, position(channel, id, exchange.state())));
    }

    @PostMapping("/conversations/{id}/messages/{seq}/vote")
    MessageView vote(
            ChannelIdentity channel, @PathVariable String id, @PathVariable int seq, @RequestBody VoteRequest request) {
        if (request.helpful() == null) {
            throw BusinessRuleException.onField("helpful", "chat.error.vote-required");
        }
        return chat.vote(channel, id, seq, request.helpful());
    }

    @PostMapping("/conversations/{id}/handoff")
    ExchangeResponse requestPerson(ChannelIdentity channel, @PathVariable String id) {
        var exchange = chat.requestPerson(channel, id);
        return ExchangeResponse.of(exchange, position(channel, id, exchange.state()));
    }

    @PostMapping("/conversations/{id}/rating")
    ResponseEntity<Void> rate(ChannelIdentity channel, @PathVariable String id, @RequestBody RatingRequest request) {
        if (request.score() == null) {
            throw BusinessRuleException.onField("score", "chat.error.rating");
        }
        chat.rate(channel, id, request.score());
        return ResponseEntity.noContent().build();
    }

    private Integer position(ChannelIdentity channel, String id, ConversationState state) {
        return state == ConversationState.WAITING_FOR_AGENT ? chat.queuePosition(channel, id) : null;
    }
}
