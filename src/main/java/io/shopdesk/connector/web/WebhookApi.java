package io.shopdesk.connector.web;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.internal.ContactConversations;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.RequestRefusedException.Reason;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic webhook channel's inbound endpoint. The sender signs {@code timestamp + "." + body} with the
 * channel's signing secret (HMAC-SHA256, hex) and sends {@code X-ShopDesk-Timestamp} (Unix seconds) and {@code
 * X-ShopDesk-Signature: v1=<hex>}; a wrong signature or a timestamp more than 5 minutes off is 401 before the body
 * is read. The body is {@code {"messageId", "userId", "text", "locale"?}}; the bot's replies come back in the
 * response. The same {@code messageId} again (a retry, or a replay of a captured request) stores nothing and
 * answers what was stored, with {@code "duplicate": true}; the same id with another text is 409.
 */
@RestController
class WebhookApi {

    static final String TIMESTAMP = "X-ShopDesk-Timestamp";
    static final String SIGNATURE = "X-ShopDesk-Signature";
    private static final int MAX_BODY = 32 * 1024;
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final ConnectorDirectory directory;
    private final ContactConversations conversations;
    private final JsonMapper json;
    private final Clock clock;

    WebhookApi(ConnectorDirectory directory, ContactConversations conversations, JsonMapper json, Clock clock) {
        this.directory = directory;
        this.conversations = conversations;
        this.json = json;
        this.clock = clock;
    }

    record Reply(int seq, String author, String kind, String text) {}

    record Response(String conversationId, boolean duplicate, List<Reply> replies) {}

    @PostMapping(path = ConnectorPaths.WEBHOOK + "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    Response receive(
            @PathVariable String endpoint,
            @RequestHeader(name = TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = SIGNATURE, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        ConnectorChannel channel =
                directory.find(ChannelType.WEBHOOK, endpoint).orElseThrow(() -> new NotFoundException("channel", ""));
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > MAX_BODY) {
            throw new RequestRefusedException(Reason.TOO_LARGE, "connector.error.body-too-large");
        }
        String secret = channel.secret(SecretName.WEBHOOK_SIGNING_SECRET).orElseThrow();
        String presented = signature != null && signature.startsWith("v1=") ? signature.substring(3) : null;
        if (timestamp == null || !Signatures.same(Signatures.webhook(secret, timestamp, bytes), presented)) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.signature");
        }
        if (!Signatures.fresh(timestamp, clock.instant())) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.stale");
        }
        JsonNode message;
        try {
            message = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new BusinessRuleException("connector.error.body");
        }
        String user = message.path("userId").asString("");
        if (!USER.matcher(user).matches()) {
            throw BusinessRuleException.onField("userId", "connector.error.user-id");
        }
        var exchange = conversations.send(
                channel,
                user,
                message.path("messageId").asString(null),
                message.path("text").asString(null),
                message.path("locale").asString(null));
        return new Response(
                exchange.conversationId(),
                exchange.replayed(),
                Replies.toCustomer(exchange.messages()).stream()
                        .map(reply -> new Reply(
                                reply.seq(), reply.author().name(), reply.kind().name(), Replies.text(reply)))
                        .toList());
    }
}
