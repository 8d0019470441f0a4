package io.shopdesk.connector.web;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.internal.ContactConversations;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.RequestRefusedException.Reason;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram Bot API webhook. Telegram sends the {@code secret_token} given to {@code setWebhook} in {@code
 * X-Telegram-Bot-Api-Secret-Token}; a missing or wrong token is 401 before the update is read. Text messages go to
 * the bot with {@code tg-<update_id>} as client message id, so an update Telegram delivers again is not answered
 * twice; the replies go out with {@code sendMessage} ({@link TelegramClient}). {@code /start} greets. Other updates
 * are acknowledged and ignored (Telegram retries anything that is not 2xx).
 */
@RestController
class TelegramApi {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final ConnectorDirectory directory;
    private final ContactConversations conversations;
    private final TelegramClient telegram;
    private final JsonMapper json;

    TelegramApi(
            ConnectorDirectory directory,
            ContactConversations conversations,
            TelegramClient telegram,
            JsonMapper json) {
        this.directory = directory;
        this.conversations = conversations;
        this.telegram = telegram;
        this.json = json;
    }

    @PostMapping(ConnectorPaths.TELEGRAM)
    ResponseEntity<Map<String, Object>> receive(
            @PathVariable String endpoint,
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @RequestBody(required = false) byte[] body) {
        ConnectorChannel channel =
                directory.find(ChannelType.TELEGRAM, endpoint).orElseThrow(() -> new NotFoundException("channel", ""));
        String expected = channel.secret(SecretName.TELEGRAM_WEBHOOK_SECRET).orElseThrow();
        if (!Signatures.same(expected, secret)) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.signature");
        }
        JsonNode update;
        try {
            update = json.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            return ignored();
        }
        long updateId = update.path("update_id").asLong(-1);
        JsonNode message = update.path("message");
        String text = message.path("text").asString("");
        JsonNode chatId = message.path("chat").path("id");
        if (updateId < 0 || text.isBlank() || !chatId.isIntegralNumber()) {
            return ignored();
        }
        String user = Long.toString(chatId.asLong());
        String locale = message.path("from").path("language_code").asString(null);
        String token = channel.secret(SecretName.TELEGRAM_BOT_TOKEN).orElseThrow();
        if (text.strip().equals("/start")) {
            var view = conversations.greet(channel, user, locale);
            send(channel, token, user, view.messages());
            return ResponseEntity.ok(Map.of("ok", true, "conversationId", view.id()));
        }
        var exchange = conversations.send(channel, user, "tg-" + updateId, text, locale);
        if (!exchange.replayed()) {
            send(channel, token, user, exchange.messages());
        }
        return ResponseEntity.ok(
                Map.of("ok", true, "conversationId", exchange.conversationId(), "duplicate", exchange.replayed()));
    }

    private void send(ConnectorChannel channel, String token, String chatId, List<MessageView> messages) {
        for (var reply : Replies.toCustomer(messages)) {
            telegram.sendMessage(channel.outboundUrl(), token, chatId, Replies.text(reply));
        }
    }

    private static ResponseEntity<Map<String, Object>> ignored() {
        return ResponseEntity.ok(Map.of("ok", true, "ignored", true));
    }
}
