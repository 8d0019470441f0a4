package io.shopdesk.connector.outbox;

import io.shopdesk.shared.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access tokens of WeChat Official Accounts, from {@code GET <base>/cgi-bin/token?grant_type=client_credential}
 * with the channel's AppID and AppSecret, kept per channel (on this replica) until {@link #MARGIN} before WeChat's
 * {@code expires_in} runs out. The AppSecret and the tokens never reach a log line, a row or an exception message.
 */
@Component
class WeChatTokens {

    /** How long before its expiry a token is fetched anew, so a send never carries one that runs out on the way. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    /** A token, or why none was had: {@code answered} false when WeChat could not be reached. */
    record Fetched(String token, boolean answered, Integer errcode, String reason) {

        boolean ok() {
            return token != null;
        }
    }

    private record Cached(String appId, String token, Instant refreshAt) {}

    private record ChannelKey(TenantId tenant, long channelId) {}

    private final Map<ChannelKey, Cached> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final JsonMapper json;

    WeChatTokens(@Value("${shopdesk.channel.wechat.api-base:https://api.weixin.qq.com}") String base, JsonMapper json) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.json = json;
    }

    String base() {
        return base;
    }

    /** The channel's cached token while it is fresh, else a new one from WeChat. */
    Fetched token(TenantId tenant, long channelId, String appId, String appSecret, Instant now) {
        var cached = cache.get(new ChannelKey(tenant, channelId));
        if (cached != null && cached.appId().equals(appId) && now.isBefore(cached.refreshAt())) {
            return new Fetched(cached.token(), true, null, null);
        }
        return fetch(tenant, channelId, appId, appSecret, now);
    }

    /** Forgets the channel's token (WeChat called it invalid or expired). */
    void forget(TenantId tenant, long channelId) {
        cache.remove(new ChannelKey(tenant, channelId));
    }

    private Fetched fetch(TenantId tenant, long channelId, String appId, String appSecret, Instant now) {
        var request = HttpRequest.newBuilder(URI.create(base + "/cgi-bin/token?grant_type=client_credential&appid="
                        + encode(appId) + "&secret=" + encode(appSecret)))
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", "ShopDesk-Outbox/1")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Fetched(null, false, null, "timeout");
        } catch (IOException e) {
            return new Fetched(null, false, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(null, false, null, "interrupted");
        }
        if (response.statusCode() != 200) {
            return new Fetched(null, true, null, "access token: HTTP " + response.statusCode());
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (RuntimeException e) {
            return new Fetched(null, true, null, "access token: unreadable answer");
        }
        String token = body.path("access_token").asString("");
        if (token.isEmpty()) {
            int errcode = body.path("errcode").asInt(-1);
            String reason = errcode == 40001
                    ? "WeChat errcode 40001: AppSecret wrong or not of this AppID"
                    : WeChatErrors.describe(errcode, body);
            return new Fetched(null, true, errcode, "access token: " + reason);
        }
        long expiresIn = body.path("expires_in").asLong(7200);
        // Tokens that live shorter than twice the margin (never seen in practice) are reused for half their life.
        Duration keep = Duration.ofSeconds(expiresIn).compareTo(MARGIN.multipliedBy(2)) > 0
                ? Duration.ofSeconds(expiresIn).minus(MARGIN)
                : Duration.ofSeconds(expiresIn / 2);
        cache.put(new ChannelKey(tenant, channelId), new Cached(appId, token, now.plus(keep)));
        return new Fetched(token, true, null, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
