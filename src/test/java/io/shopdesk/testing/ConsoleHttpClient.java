package io.shopdesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A browser-less client of the console's login: keeps cookies like a browser, reads the CSRF token from the page
 * and posts the login form exactly as the login view does. Redirects are not followed, so tests see them.
 */
public final class ConsoleHttpClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ConsoleHttpClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the login form; returns where the server redirects to ("/login?error" on failure). */
    public String signIn(String email, String password, boolean rememberMe) {
        String token = csrfToken();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token)
                + (rememberMe ? "&remember-me=on" : "");
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return response.headers().firstValue("Location").orElse("status " + response.statusCode());
    }

    /** GETs a path as a browser would; returns the response. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    /** GETs a path with the given Accept header (e.g. a metrics scraper's), carrying this client's cookies. */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", accept)
                .GET()
                .build());
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .anyMatch(cookie -> cookie.getName().equals(name));
    }

    /** A new client that carries over only the given cookie (e.g. remember-me after the browser was closed). */
    public ConsoleHttpClient withOnly(String cookieName, int port) {
        var fresh = new ConsoleHttpClient(port);
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(cookieName))
                .forEach(cookie -> {
                    var copy = new HttpCookie(cookie.getName(), cookie.getValue());
                    copy.setPath("/");
                    copy.setVersion(0);
                    fresh.cookies.getCookieStore().add(URI.create(baseUrl), copy);
                });
        return fresh;
    }

    private String csrfToken() {
        var matcher = CSRF.matcher(get("/login").body());
        if (!matcher.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
