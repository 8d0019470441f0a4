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
 * customer's message and the reply stay stored either way. The connectors' outbox calls {@link #send} and retries by
 * the status it returns.
 */
@Component
public class TelegramClient {

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
        int status = send(channelBase, token, chatId, text);
        if (status / 100 != 2) {
            log.warn("Telegram sendMessage answered {}", status == NO_ANSWER ? "nothing" : status);
            return false;
        }
        return true;
    }

    /** What {@link #send} returns when Telegram could not be reached or did not answer in time. */
    public static final int NO_ANSWER = 0;

    /** Sends and returns Telegram's HTTP status, or {@link #NO_ANSWER}; logs nothing (callers decide). */
    public int send(String channelBase, String token, String chatId, String text) {
        String base = channelBase == null ? defaultBase : channelBase;
        var request = HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/sendMessage"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("chat_id", Long.parseLong(chatId), "text", text))))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }
}
