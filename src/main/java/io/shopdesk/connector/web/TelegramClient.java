package io.shopdesk.connector.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the Telegram Bot API's {@code sendMessage} ({@code POST <base>/bot<token>/sendMessage}, JSON {@code chat_id}
 * and {@code text}). The base is the channel's own Bot API server when it names one, else {@code
 * shopdesk.channel.telegram.api-base-url} (https://api.telegram.org). A failed call is logged without the token; the
 * customer's message and the reply stay stored either way.
 */
@Component
class TelegramClient {

    private static final Logger log = LoggerFactory.getLogger(TelegramClient.class);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String defaultBase;
    private final JsonMapper json;

    TelegramClient(
            @Value("${shopdesk.channel.telegram.api-base-url:https://api.telegram.org}") String defaultBase,
            JsonMapper json) {
        this.defaultBase = defaultBase;
        this.json = json;
    }

    /** Whether Telegram accepted the message. */
    boolean sendMessage(String channelBase, String token, String chatId, String text) {
        String base = channelBase == null ? defaultBase : channelBase;
        var request = HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/sendMessage"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("chat_id", Long.parseLong(chatId), "text", text))))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("Telegram sendMessage answered {}", response.statusCode());
                return false;
            }
            return true;
        } catch (java.io.IOException e) {
            log.warn("Telegram sendMessage failed: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
