package io.shopdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.SecretName;
import io.shopdesk.testing.ChatHttpClient;
import io.shopdesk.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A tenant admin creates a web widget channel: an origin that is not one is refused on its field; fixed, the key and
 * the embed tag are shown once, and the key works in the chat API from the allowed origin only. Editing the channel
 * (a bad colour and unreadable business hours refused on their fields) changes the greeting, the widget's colour and
 * its after-hours notice on a shop page of a newly allowed origin. Rotating the key shows a new one that works while
 * the old one is refused; revoking the channel refuses the new one too. A webhook channel shows its inbound URL and
 * signing secret once, and a message signed with that secret is answered there; after rotating the secret (shown
 * once) only the new one works, until the channel is revoked. A Telegram bot token is replaced by typing a new one
 * (a malformed one refused on its field) and listed only by its hint. In both languages, on the demo tenant of each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class AdminManagesChannelsJourneyIT {

    private static final String PREFIX = "journey-";
    private static final String ORIGIN = "https://shop.example";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    static Locale[] languages() {
        return BrowserExtension.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_creates_a_widget_channel_rotates_its_key_and_revokes_it(Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        String admin = "admin@" + (zh ? "yunshang" : "brightwave") + ".example";
        revokeEarlierRuns(admin);
        String name = PREFIX + "widget-" + Long.toString(System.currentTimeMillis(), 36);
        var chat = new ChatHttpClient(port);
        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn(admin, TestUsers.DEMO_PASSWORD).expectSignedIn();
        console.open("channels");
        var page = console.page();
        var grid = page.locator("#channels-grid");
        assertThat(grid).isVisible();

        page.locator("#channel-new").click();
        assertThat(page.locator("#channel-type")).containsText(zh ? "网页挂件" : "Web widget");
        page.locator("#channel-name input").fill(name);
        page.locator("#channel-origins textarea").fill("shop.example/checkout");
        page.locator("#channel-create").click();
        assertThat(page.locator("#channel-origins"))
                .containsText(zh ? "不是有效的网站来源：shop.example/checkout" : "Not a web origin: shop.example/checkout");
        assertThat(page.locator("#channel-once-dialog")).hasCount(0);

        page.locator("#channel-origins textarea").fill(ORIGIN + "\n");
        String greeting = zh ? "您好，这里是测试挂件。" : "Hello from the journey widget.";
        page.locator("#channel-greeting textarea").fill(greeting);
        page.locator("#channel-create").click();
        var once = page.locator("#channel-once-dialog");
        assertThat(once).containsText(zh ? "不会再次显示" : "they will not be shown again");
        String key = page.locator("#channel-key-once input").inputValue();
        assertThat(key).startsWith("sdpk_");
        String snippet = page.locator("#channel-snippet textarea").inputValue();
        assertThat(snippet)
                .isEqualTo("<script src=\"http://localhost:" + port + "/widget/shopdesk-widget.js\" data-channel-key=\""
                        + key + "\" data-locale=\"" + (zh ? "zh-CN" : "en") + "\" defer></script>");
        page.waitForTimeout(500);
        BrowserExtension.screenshot(page, "channels-" + language.getLanguage());
        page.locator("#channel-once-done").click();
        assertThat(once).hasCount(0);
        assertThat(grid).containsText(name);
        assertThat(grid).containsText(ORIGIN);
        assertThat(grid).containsText(key.substring(0, key.indexOf('_', "sdpk_".length()) + 1) + "…");
        assertThat(grid).not().containsText(key);

        var started = chat.post(key, "/conversations", "{}", Map.of("Origin", ORIGIN));
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.raw()).contains(greeting);
        assertThat(start(chat, key, "https://elsewhere.example")).isEqualTo(403);

        // Edit: a bad colour and unreadable hours are refused on their fields; fixed, the widget shows the change.
        String shopOrigin = "http://localhost:" + port;
        select(page, name);
        page.locator("#channel-edit").click();
        var edit = page.locator("#channel-edit-dialog");
        assertThat(page.locator("#channel-edit-greeting textarea")).hasValue(greeting);
        page.locator("#channel-edit-primary-color input").fill("green");
        page.locator("#channel-edit-save").click();
        assertThat(page.locator("#channel-edit-primary-color")).containsText(zh ? "不是有效的颜色" : "Not a colour");
        page.locator("#channel-edit-primary-color input").fill("#0A7D4F");
        page.locator("#channel-edit-business-hours input").fill("MON-FRI 9-18 Asia/Shanghai");
        page.locator("#channel-edit-save").click();
        assertThat(page.locator("#channel-edit-business-hours"))
                .containsText(zh ? "无法识别该工作时间" : "Cannot read these business hours");
        String edited = zh ? "欢迎光临改版后的小店！" : "Welcome to the renovated shop!";
        page.locator("#channel-edit-business-hours input").fill(closedNow());
        page.locator("#channel-edit-greeting textarea").fill(edited);
        page.locator("#channel-edit-origins textarea").fill(ORIGIN + "\n" + shopOrigin);
        page.locator("#channel-edit-save").click();
        assertThat(edit).hasCount(0);
        assertThat(grid).containsText(shopOrigin);
        expectWidget(language, key, "rgb(10, 125, 79)", edited);

        select(page, name);
        page.locator("#channel-rotate").click();
        page.locator("#channel-confirm-ok").click();
        assertThat(once).containsText(zh ? "不会再次显示" : "they will not be shown again");
        String rotated = page.locator("#channel-key-once input").inputValue();
        assertThat(rotated).startsWith("sdpk_").isNotEqualTo(key);
        assertThat(page.locator("#channel-snippet textarea")).hasValue(snippet.replace(key, rotated));
        page.locator("#channel-once-done").click();
        assertThat(start(chat, key, ORIGIN)).isIn(401, 403);
        assertThat(start(chat, rotated, ORIGIN)).isBetween(200, 299);

        page.locator("#channel-revoke").click();
        page.locator("#channel-confirm-ok").click();
        // The "created" notification may still be open beside this one.
        assertThat(page.locator(
                        "vaadin-notification-card",
                        new Page.LocatorOptions()
                                .setHasText(zh ? "渠道「" + name + "」已吊销。" : "Channel \"" + name + "\" revoked.")))
                .isVisible();
        assertThat(page.locator("#channel-revoke")).isDisabled();
        assertThat(page.locator("#channel-rotate")).isDisabled();
        assertThat(start(chat, rotated, ORIGIN)).isIn(401, 403);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void admin_creates_a_webhook_channel_whose_endpoint_and_signing_secret_work(Locale language) throws Exception {
        boolean zh = "zh".equals(language.getLanguage());
        String admin = "admin@" + (zh ? "yunshang" : "brightwave") + ".example";
        revokeEarlierRuns(admin);
        String name = PREFIX + "webhook-" + Long.toString(System.currentTimeMillis(), 36);
        var console = new ConsolePage(browser.newPage(language), "http://localhost:" + port);
        console.signIn(admin, TestUsers.DEMO_PASSWORD).expectSignedIn();
        console.open("channels");
        var page = console.page();

        page.locator("#channel-new").click();
        page.locator("#channel-type").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Webhook"))
                .click();
        assertThat(page.locator("#channel-origins")).isHidden();
        page.locator("#channel-name input").fill(name);
        page.locator("#channel-outbound-url input").fill("http://hooks.example/shopdesk");
        page.locator("#channel-create").click();
        assertThat(page.locator("#channel-outbound-url")).containsText(zh ? "https" : "Enter an https URL");
        page.locator("#channel-outbound-url input").fill("https://hooks.example/shopdesk");
        page.locator("#channel-create").click();

        var once = page.locator("#channel-once-dialog");
        assertThat(once).containsText(zh ? "不会再次显示" : "they will not be shown again");
        String inbound = page.locator("#channel-inbound-url input").inputValue();
        assertThat(inbound).matches("http://localhost:" + port + "/api/channels/v1/webhook/[a-z0-9]{20}/messages");
        String secret =
                page.locator("#channel-once-webhook-signing-secret input").inputValue();
        assertThat(secret).startsWith("whsec_");
        page.locator("#channel-once-done").click();
        var grid = page.locator("#channels-grid");
        assertThat(grid).containsText(inbound);
        assertThat(grid).containsText("••••" + secret.substring(secret.length() - 4));
        assertThat(grid).not().containsText(secret);

        byte[] body = ("{\"messageId\":\"m-1\",\"userId\":\"journey-user\",\"text\":\"Hello\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(postSigned(inbound, secret, body).statusCode()).isEqualTo(200);
        assertThat(postSigned(inbound, "whsec_guessed", body).statusCode()).isEqualTo(401);

        select(page, name);
        assertThat(page.locator("#channel-rotate")).isDisabled();
        page.locator("#channel-rotate-secret").click();
        page.locator("#channel-confirm-ok").click();
        assertThat(once).containsText(zh ? "不会再次显示" : "they will not be shown again");
        String rotated =
                page.locator("#channel-once-webhook-signing-secret input").inputValue();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        page.locator("#channel-once-done").click();
        assertThat(grid).containsText("••••" + rotated.substring(rotated.length() - 4));
        byte[] second = ("{\"messageId\":\"m-2\",\"userId\":\"journey-user\",\"text\":\"Hello again\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(postSigned(inbound, secret, second).statusCode()).isEqualTo(401);
        assertThat(postSigned(inbound, rotated, second).statusCode()).isEqualTo(200);

        page.locator("#channel-revoke").click();
        page.locator("#channel-confirm-ok").click();
        assertThat(page.locator("#channel-revoke")).isDisabled();
        assertThat(postSigned(inbound, rotated, body).statusCode()).isEqualTo(404);

        // An entered secret (a Telegram bot token) is replaced by typing a new one; the list shows only its hint.
        String bot = PREFIX + "telegram-" + Long.toString(System.currentTimeMillis(), 36);
        String token = "123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ1";
        String newToken = "123456:ZZyyXXwwVVuuTTssRRqqPPooNNmmLLkkW7x4";
        users.as(
                admin,
                TestUsers.DEMO_PASSWORD,
                () -> channels.createChannel(new ChannelDraft(
                        ChannelType.TELEGRAM,
                        bot,
                        List.of(),
                        null,
                        null,
                        Map.of(SecretName.TELEGRAM_BOT_TOKEN, token))));
        console.open("channels");
        select(page, bot);
        page.locator("#channel-edit").click();
        var tokenField = page.locator("#channel-edit-telegram-bot-token");
        assertThat(tokenField).containsText("••••" + token.substring(token.length() - 4));
        tokenField.locator("input").fill("not-a-token");
        page.locator("#channel-edit-save").click();
        assertThat(tokenField).containsText(zh ? "格式" : "format");
        tokenField.locator("input").fill(newToken);
        page.locator("#channel-edit-save").click();
        assertThat(page.locator("#channel-edit-dialog")).hasCount(0);
        assertThat(grid).containsText("••••W7x4");
        assertThat(grid).not().containsText(newToken);
    }

    /** Posts as a webhook sender following docs/channels.md: hex HMAC-SHA256 of timestamp + "." + body. */
    private static HttpResponse<String> postSigned(String url, String secret, byte[] body) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("X-ShopDesk-Timestamp", timestamp)
                .header("X-ShopDesk-Signature", "v1=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Hours that are closed now: one day of the week that is not today, anywhere. */
    private static String closedNow() {
        var day = Instant.now().atZone(ZoneOffset.UTC).getDayOfWeek().plus(3);
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT) + " 10:00-11:00 UTC";
    }

    /**
     * A shop page on this server's origin with the widget's embed tag: the launcher has the channel's colour, and the
     * opened chat greets with the channel's greeting below the notice that people reply later.
     */
    private void expectWidget(Locale language, String key, String rgb, String greeting) {
        boolean zh = "zh".equals(language.getLanguage());
        var shop = browser.newPage(language);
        String shopUrl = "http://localhost:" + port + "/journey-shop.html";
        shop.route(
                shopUrl,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html; charset=utf-8")
                        .setBody("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop</title></head><body>"
                                + "<script src=\"/widget/shopdesk-widget.js\" data-channel-key=\"" + key
                                + "\" data-locale=\"" + (zh ? "zh-CN" : "en") + "\" defer></script></body></html>")));
        shop.navigate(shopUrl);
        var launcher = shop.locator("#shopdesk-widget .launcher");
        assertThat(launcher).hasCSS("background-color", rgb);
        launcher.click();
        assertThat(shop.locator("#shopdesk-widget .message.bot").first()).containsText(greeting);
        assertThat(shop.locator("#shopdesk-widget .after-hours"))
                .hasText(
                        zh
                                ? "现在是非工作时间：智能客服可以即时回答，人工客服稍后回复您。"
                                : "We are outside our business hours: the assistant answers now, and people reply later.");
        assertThat(shop.locator("#shopdesk-widget header")).hasCSS("background-color", rgb);
        shop.waitForTimeout(300);
        BrowserExtension.screenshot(shop, "widget-edited-" + language.getLanguage());
    }

    private static int start(ChatHttpClient chat, String key, String origin) {
        return chat.post(key, "/conversations", "{}", Map.of("Origin", origin)).status();
    }

    private static void select(Page page, String name) {
        page.locator("#channels-grid vaadin-grid-cell-content")
                .getByText(name, new Locator.GetByTextOptions().setExact(true))
                .click();
    }

    /**
     * The database outlives a run: a channel left active by an earlier, failed run is revoked first, so runs never
     * use up the demo tenant's channel quota.
     */
    private void revokeEarlierRuns(String admin) {
        users.as(admin, TestUsers.DEMO_PASSWORD, () -> {
            channels.channels().stream()
                    .filter(channel -> channel.status() == ChannelStatus.ACTIVE)
                    .filter(channel -> channel.name().startsWith(PREFIX))
                    .forEach(channel -> channels.revokeChannel(channel.id()));
            return null;
        });
    }
}
