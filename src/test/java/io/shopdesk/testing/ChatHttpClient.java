package io.shopdesk.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the chat API over HTTP as a channel would: JSON bodies, the channel key in its header. */
public final class ChatHttpClient {

    public static final String KEY_HEADER = "X-ShopDesk-Channel-Key";
    public static final String YUNSHANG_DEMO_KEY = "sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign";
    public static final String BRIGHTWAVE_DEMO_KEY = "sdpk_brightwavedm_DemoKeyOfTheBrightwaveShopPage-PublicDesign";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public ChatHttpClient(int port) {
        this.baseUrl = "http://localhost:" + port + "/api/chat/v1";
    }

    /** A response with its body parsed as JSON (a missing node when the body is empty or not JSON). */
    public record Reply(int status, JsonNode body, String raw, HttpResponse<String> response) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public Reply start(String key, String locale) {
        var body = new LinkedHashMap<String, Object>();
        if (locale != null) {
            body.put("locale", locale);
        }
        return post(key, "/conversations", JSON.writeValueAsString(body), Map.of());
    }

    public Reply send(String key, String conversation, String clientMessageId, String text) {
        var body = new LinkedHashMap<String, Object>();
        body.put("clientMessageId", clientMessageId);
        body.put("text", text);
        return post(key, "/conversations/" + conversation + "/messages", JSON.writeValueAsString(body), Map.of());
    }

    public Reply choose(String key, String conversation, String clientMessageId, int seq, long faqEntryId) {
        var body = Map.of("clientMessageId", clientMessageId, "choice", Map.of("seq", seq, "faqEntryId", faqEntryId));
        return post(key, "/conversations/" + conversation + "/messages", JSON.writeValueAsString(body), Map.of());
    }

    public Reply vote(String key, String conversation, int seq, boolean helpful) {
        return post(
                key,
                "/conversations/" + conversation + "/messages/" + seq + "/vote",
                "{\"helpful\":" + helpful + "}",
                Map.of());
    }

    public Reply handoff(String key, String conversation) {
        return post(key, "/conversations/" + conversation + "/handoff", "", Map.of());
    }

    public Reply messages(String key, String conversation, int after) {
        var request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/conversations/" + conversation + "/messages?after=" + after))
                .GET();
        if (key != null) {
            request.header(KEY_HEADER, key);
        }
        return send(request.build());
    }

    /** Posts a raw body with extra headers (Content-Type defaults to JSON). */
    public Reply post(String key, String path, String body, Map<String, String> headers) {
        return postBytes(key, path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    public Reply postBytes(String key, String path, byte[] body, Map<String, String> headers) {
        var request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header(KEY_HEADER, key);
        }
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public String url(String path) {
        return baseUrl + path;
    }

    private Reply send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                body = JSON.missingNode();
            }
            return new Reply(response.statusCode(), body, response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
