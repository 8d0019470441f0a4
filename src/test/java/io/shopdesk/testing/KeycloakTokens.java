package io.shopdesk.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from the test Keycloak the way a script would: the password grant of the public client
 * {@code shopdesk-cli}, asking for every organization of the user. Also calls the API with such a token.
 */
public final class KeycloakTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakTokens() {}

    /** The access token of the user, or an error naming Keycloak's answer. */
    public static String accessToken(KeycloakServer keycloak, String email, String password) {
        var response = passwordGrant(keycloak, email, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + email + ": " + response.statusCode() + " " + response.body());
        }
        return (String) JSON.readValue(response.body(), Map.class).get("access_token");
    }

    public static HttpResponse<String> passwordGrant(KeycloakServer keycloak, String email, String password) {
        String form = "grant_type=password&client_id=" + KeycloakServer.SCRIPT_CLIENT_ID + "&scope="
                + encode("openid organization:*") + "&username=" + encode(email) + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The token's claims, read without checking the signature (for assertions only). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readValue(java.util.Base64.getUrlDecoder().decode(payload), Map.class);
    }

    public static HttpResponse<String> get(String url, String token, String tenantHeader) {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (tenantHeader != null) {
            request.header("X-ShopDesk-Tenant", tenantHeader);
        }
        return send(request.build());
    }

    public static HttpResponse<String> post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
