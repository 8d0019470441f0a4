package io.shopdesk.connector.outbox;

import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.outbox.RetryPolicy.Verdict;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a delivery as a WeChat customer-service text message ({@code POST <base>/cgi-bin/message/custom/send}, JSON
 * {@code touser} (the OpenID), {@code msgtype} {@code text} and {@code text.content}) with the channel's access token
 * ({@link WeChatTokens}). A send answered with a token error (40001, 40014, 42001) fetches a new token and is sent
 * once more in the same attempt; other outcomes follow {@link WeChatErrors}. The API has no idempotency key: a send
 * whose answer was lost (timeout after WeChat took it) is sent again on the next attempt, so WeChat delivery is at
 * least once, while the outbox still holds one row per message.
 */
@Component
class WeChatSender {

    /** Token errors when fetching a token that sending again later can cure (busy, rate limit, IP whitelist). */
    private static final Set<Integer> TOKEN_TRY_AGAIN = Set.of(-1, 45009, 40164);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final WeChatTokens tokens;
    private final JsonMapper json;

    WeChatSender(WeChatTokens tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    Attempt send(ConnectorChannel channel, Delivery delivery, Instant now) {
        var appId = channel.secret(SecretName.WECHAT_APP_ID);
        var appSecret = channel.secret(SecretName.WECHAT_APP_SECRET);
        if (appId.isEmpty() || appSecret.isEmpty()) {
            return Attempt.platform(Attempt.NO_ANSWER, Verdict.REFUSED, "the channel has no AppID and AppSecret");
        }
        var fetched = tokens.token(delivery.tenant(), delivery.channelId(), appId.get(), appSecret.get(), now);
        var attempt = fetched.ok() ? post(fetched.token(), delivery) : tokenFailure(fetched);
        if (attempt.rejectedToken()) {
            fetched = tokens.renewed(delivery.tenant(), delivery.channelId(), appId.get(), appSecret.get(), now);
            attempt = fetched.ok() ? post(fetched.token(), delivery) : tokenFailure(fetched);
        }
        return attempt.outcome();
    }

    /** An attempt, and whether WeChat refused its token (then a fresh token gets one more try). */
    private record Sent(Attempt outcome, boolean rejectedToken) {}

    private static Sent tokenFailure(WeChatTokens.Fetched fetched) {
        if (!fetched.answered()) {
            return new Sent(Attempt.noAnswer(fetched.reason()), false);
        }
        boolean again = fetched.errcode() == null || TOKEN_TRY_AGAIN.contains(fetched.errcode());
        return new Sent(Attempt.platform(200, again ? Verdict.RETRY : Verdict.REFUSED, fetched.reason()), false);
    }

    private Sent post(String token, Delivery delivery) {
        byte[] body = json.writeValueAsBytes(Map.of(
                "touser", delivery.externalUser(), "msgtype", "text", "text", Map.of("content", delivery.text())));
        var request = HttpRequest.newBuilder(
                        URI.create(tokens.base() + "/cgi-bin/message/custom/send?access_token=" + token))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "ShopDesk-Outbox/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Sent(Attempt.noAnswer("timeout"), false);
        } catch (IOException e) {
            return new Sent(Attempt.noAnswer(e.getClass().getSimpleName()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(Attempt.noAnswer("interrupted"), false);
        }
        if (response.statusCode() != 200) {
            return new Sent(Attempt.answered(response.statusCode()), false);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            return new Sent(Attempt.platform(200, Verdict.RETRY, "unreadable answer from WeChat"), false);
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode == 0) {
            return new Sent(Attempt.answered(200), false);
        }
        return new Sent(
                Attempt.platform(200, WeChatErrors.verdict(errcode), WeChatErrors.describe(errcode, answer)),
                WeChatErrors.TOKEN_REJECTED.contains(errcode));
    }
}
