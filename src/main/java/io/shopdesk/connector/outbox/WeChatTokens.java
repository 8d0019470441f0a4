package io.shopdesk.connector.outbox;

import io.shopdesk.shared.TenantId;
import java.io.IOException;
import java.net.URI;
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
 * The access tokens of WeChat Official Accounts, from WeChat's stable token API ({@code POST
 * <base>/cgi-bin/stable_token}, "获取稳定版接口调用凭据") with the channel's AppID and AppSecret, kept per channel until
 * {@link #MARGIN} before WeChat's {@code expires_in} runs out. The stable API hands every caller the same token while
 * it is valid, so several replicas, each with its own cache, share one token instead of invalidating each other's; a
 * token WeChat refused is renewed with {@code force_refresh}. The AppSecret and the tokens never reach a log line, a
 * row or an exception message.
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

    /** The channel's cached token while it is fresh, else the current one from WeChat. */
    Fetched token(TenantId tenant, long channelId, String appId, String appSecret, Instant now) {
        var cached = cache.get(new ChannelKey(tenant, channelId));
        if (cached != null && cached.appId().equals(appId) && now.isBefore(cached.refreshAt())) {
            return new Fetched(cached.token(), true, null, null);
        }
        return fetch(tenant, channelId, appId, appSecret, false, now);
    }

    /** A new token in place of one WeChat called invalid or expired ({@code force_refresh}). */
    Fetched renewed(TenantId tenant, long channelId, String appId, String appSecret, Instant now) {
        cache.remove(new ChannelKey(tenant, channelId));
        return fetch(tenant, channelId, appId, appSecret, true, now);
    }

    private Fetched fetch(
            TenantId tenant, long channelId, String appId, String appSecret, boolean forceRefresh, Instant now) {
        var body = json.createObjectNode()
                .put("grant_type", "client_credential")
                .put("appid", appId)
                .put("secret", appSecret)
                .put("force_refresh", forceRefresh);
        var request = HttpRequest.newBuilder(URI.create(base + "/cgi-bin/stable_token"))
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", "ShopDesk-Outbox/1")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
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
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            return new Fetched(null, true, null, "access token: unreadable answer");
        }
        String token = answer.path("access_token").asString("");
        if (token.isEmpty()) {
            int errcode = answer.path("errcode").asInt(-1);
            String reason = errcode == 40001
                    ? "WeChat errcode 40001: AppSecret wrong or not of this AppID"
                    : WeChatErrors.describe(errcode, answer);
            return new Fetched(null, true, errcode, "access token: " + reason);
        }
        long expiresIn = answer.path("expires_in").asLong(7200);
        // Tokens that live shorter than twice the margin (never seen in practice) are reused for half their life.
        Duration keep = Duration.ofSeconds(expiresIn).compareTo(MARGIN.multipliedBy(2)) > 0
                ? Duration.ofSeconds(expiresIn).minus(MARGIN)
                : Duration.ofSeconds(expiresIn / 2);
        cache.put(new ChannelKey(tenant, channelId), new Cached(appId, token, now.plus(keep)));
        return new Fetched(token, true, null, null);
    }
}
