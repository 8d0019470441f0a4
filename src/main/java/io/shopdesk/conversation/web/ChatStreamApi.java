package io.shopdesk.conversation.web;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.conversation.ChatRuntime;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.MessageView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A conversation's live stream as Server-Sent Events: {@code message} events (JSON of a message, with its sequence
 * number as the event id, so a reconnecting EventSource resumes after the last one it saw through
 * {@code Last-Event-ID}), {@code state} events, and a comment every 20 s. The request holds no thread while open
 * (servlet async). After {@code shopdesk.chat.stream.timeout} the server ends the stream and the client reconnects.
 */
@RestController
class ChatStreamApi {

    private final ChatRuntime chat;
    private final Duration timeout;

    ChatStreamApi(ChatRuntime chat, @Value("${shopdesk.chat.stream.timeout:10m}") Duration timeout) {
        this.chat = chat;
        this.timeout = timeout;
    }

    @KeyInQueryAllowed
    @GetMapping(path = ChatApi.BASE + "/conversations/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            ChannelIdentity channel,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int after,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        var emitter = new SseEmitter(timeout.toMillis());
        var subscription = chat.subscribe(channel, id, resumeAfter(after, lastEventId), new Updates(emitter));
        emitter.onCompletion(subscription::close);
        emitter.onTimeout(() -> {
            subscription.close();
            emitter.complete();
        });
        emitter.onError(failure -> subscription.close());
        return emitter;
    }

    private static int resumeAfter(int after, String lastEventId) {
        if (lastEventId != null && lastEventId.matches("\\d{1,9}")) {
            return Math.max(after, Integer.parseInt(lastEventId));
        }
        return after;
    }

    private record Updates(SseEmitter emitter) implements ConversationUpdates {

        @Override
        public void messages(List<MessageView> messages) throws Exception {
            for (MessageView message : messages) {
                emitter.send(SseEmitter.event()
                        .id(Integer.toString(message.seq()))
                        .name("message")
                        .reconnectTime(3000)
                        .data(message, MediaType.APPLICATION_JSON));
            }
        }

        @Override
        public void state(ConversationState state) throws Exception {
            emitter.send(SseEmitter.event().name("state").data(Map.of("state", state), MediaType.APPLICATION_JSON));
        }

        @Override
        public void heartbeat() throws Exception {
            emitter.send(SseEmitter.event().comment("keep-alive"));
        }

        @Override
        public void closed() {
            emitter.complete();
        }
    }
}
