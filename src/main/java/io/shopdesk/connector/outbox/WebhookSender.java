package io.shopdesk.connector.outbox;

import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.web.Signatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a delivery to the webhook channel's {@code outboundUrl}, signed like inbound requests: {@code
 * X-ShopDesk-Timestamp} (Unix seconds of this attempt) and {@code X-ShopDesk-Signature: v1=<hex HMAC-SHA256 of
 * timestamp + "." + body>} with the channel's signing secret, and {@code Idempotency-Key}, the same on every attempt.
 * The body is the same on every attempt too. Redirects are not followed.
 */
@Component
class WebhookSender {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json;

    WebhookSender(JsonMapper json) {
        this.json = json;
    }

    Attempt send(ConnectorChannel channel, Delivery delivery, Instant now) {
        var body = new LinkedHashMap<String, Object>();
        body.put("deliveryId", delivery.idempotencyKey());
        body.put("conversationId", delivery.conversationId());
        body.put("userId", delivery.externalUser());
        body.put("messageSeq", delivery.messageSeq());
        body.put("author", delivery.author());
        body.put("text", delivery.text());
        body.put("sentAt", delivery.sentAt().toString());
        byte[] bytes = json.writeValueAsBytes(body);
        String timestamp = Long.toString(now.getEpochSecond());
        String secret = channel.secret(SecretName.WEBHOOK_SIGNING_SECRET).orElseThrow();
        var request = HttpRequest.newBuilder(URI.create(channel.outboundUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "ShopDesk-Outbox/1")
                .header("X-ShopDesk-Timestamp", timestamp)
                .header("X-ShopDesk-Signature", "v1=" + Signatures.webhook(secret, timestamp, bytes))
                .header(IDEMPOTENCY_KEY, delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return Attempt.answered(
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return Attempt.noAnswer("timeout");
        } catch (IOException e) {
            return Attempt.noAnswer(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.noAnswer("interrupted");
        }
    }
}
