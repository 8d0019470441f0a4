package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderLookupResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a tenant's order system for one order: {@code GET} on the URL template with the number filled in (URL
 * encoded), the auth header if any, no redirects followed, the whole exchange bounded by {@code
 * shopdesk.orders.timeout} (2 s) and the response by 256 KB. 404 is "not found"; anything else that is not a 2xx JSON
 * response with the mapped status fails, logged without the header's value.
 */
@Component
public class OrderEndpointClient {

    private static final Logger log = LoggerFactory.getLogger(OrderEndpointClient.class);
    private static final long MAX_BODY = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EndpointGuard guard;
    private final Duration timeout;
    private final HttpClient http;

    OrderEndpointClient(EndpointGuard guard, @Value("${shopdesk.orders.timeout:2s}") Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public OrderLookupResult lookUp(String tenant, ActiveLookup lookup, String orderNumber) {
        var result = ask(lookup, orderNumber);
        if (result.outcome() == OrderLookupResult.Outcome.FAILED) {
            log.warn("Order lookup of {} for order {} failed: {}", tenant, orderNumber, result.problem());
        }
        return result;
    }

    private OrderLookupResult ask(ActiveLookup lookup, String orderNumber) {
        var settings = lookup.settings();
        URI uri;
        try {
            uri = URI.create(settings.urlTemplate()
                    .replace(
                            OrderSettingsRules.PLACEHOLDER,
                            URLEncoder.encode(orderNumber, StandardCharsets.UTF_8)
                                    .replace("+", "%20")));
        } catch (IllegalArgumentException e) {
            return OrderLookupResult.failed(orderNumber, "the URL is not valid");
        }
        var refused = guard.refusal(uri);
        if (refused.isPresent()) {
            return OrderLookupResult.failed(orderNumber, "refused: " + refused.get());
        }
        var request = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("Accept", "application/json");
        if (settings.authHeaderName() != null && lookup.authHeaderValue() != null) {
            request.header(settings.authHeaderName(), lookup.authHeaderValue());
        }
        HttpResponse<byte[]> response;
        var pending = http.sendAsync(
                request.build(), HttpResponse.BodyHandlers.limiting(HttpResponse.BodyHandlers.ofByteArray(), MAX_BODY));
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return OrderLookupResult.failed(orderNumber, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return OrderLookupResult.failed(orderNumber, "interrupted");
        } catch (ExecutionException e) {
            return OrderLookupResult.failed(orderNumber, describe(e.getCause()));
        } catch (IllegalArgumentException e) {
            return OrderLookupResult.failed(orderNumber, "the request is not valid: " + e.getMessage());
        }
        int status = response.statusCode();
        if (status == 404) {
            return OrderLookupResult.notFound(orderNumber);
        }
        if (status < 200 || status > 299) {
            return OrderLookupResult.failed(orderNumber, "the order system answered HTTP " + status);
        }
        try {
            var root = JSON.readTree(response.body());
            return OrderJsonMapping.order(root, orderNumber, settings.mapping())
                    .map(OrderLookupResult::found)
                    .orElseGet(() -> OrderLookupResult.failed(
                            orderNumber,
                            "the response has no status at "
                                    + settings.mapping().status()));
        } catch (JacksonException e) {
            return OrderLookupResult.failed(orderNumber, "the response is not JSON");
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect";
        }
        if (cause instanceof IOException io
                && io.getMessage() != null
                && io.getMessage().contains("exceed")) {
            return "the response is larger than 256 KB";
        }
        return cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
