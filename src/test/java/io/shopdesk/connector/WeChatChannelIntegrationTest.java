package io.shopdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WeChat adapter against fixtures in WeChat's documented XML, signed at run time like WeChat's server signs:
 * SHA-1 of token, timestamp and nonce sorted and joined (secure mode: with the encrypted body too).
 */
@IntegrationTest
class WeChatChannelIntegrationTest {

    static final String TOKEN = "shopdeskWeChat17";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wx5823bf96d3bd56c7";
    static final String OPENID = "oTpbs6Cp0aBcDeFgH263H-_LA0";

    @Autowired
    TestUsers users;

    @Autowired
    ChannelManagement channels;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private NewChannel account(boolean secure) {
        var tenant = users.newTenant();
        var secrets = new HashMap<SecretName, String>();
        secrets.put(SecretName.WECHAT_TOKEN, TOKEN);
        secrets.put(SecretName.WECHAT_APP_ID, APP_ID);
        secrets.put(SecretName.WECHAT_APP_SECRET, "3f1c9a7e5b2d4f6a8c0e1b3d5f7a9c2e");
        if (secure) {
            secrets.put(SecretName.WECHAT_AES_KEY, AES_KEY);
        }
        return users.as(
                tenant.admin(),
                () -> channels.createChannel(
                        new ChannelDraft(ChannelType.WECHAT, "Official Account", List.of(), null, null, secrets)));
    }

    static String sha1(String... parts) throws Exception {
        var sorted = parts.clone();
        Arrays.sort(sorted);
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
    }

    private String url(NewChannel channel, String query) {
        return "http://localhost:" + port + "/api/channels/v1/wechat/"
                + channel.channel().endpointId() + "?" + query;
    }

    private static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    private String signed(NewChannel channel, String timestamp, String nonce) throws Exception {
        return url(
                channel,
                "signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                        + "&openid=" + OPENID);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private long customerMessages(NewChannel channel) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.channel_id = ? AND m.author = 'CUSTOMER'")
                .param(channel.channel().id())
                .query(Long.class)
                .single();
    }

    private static String field(String xml, String name) {
        var matcher = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Test
    void the_server_url_check_echoes_only_for_a_valid_fresh_signature() throws Exception {
        var channel = account(false);
        String timestamp = now();
        String nonce = nonce();

        var valid = Http.get(url(
                channel,
                "signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                        + "&echostr=5837397520665436492"));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("5837397520665436492");

        var forged = Http.get(url(
                channel,
                "signature=" + sha1("wrongtoken", timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                        + "&echostr=1"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("\"1\"");

        String old = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
        var stale = Http.get(url(
                channel,
                "signature=" + sha1(TOKEN, old, nonce) + "&timestamp=" + old + "&nonce=" + nonce + "&echostr=1"));
        assertThat(stale.statusCode()).isEqualTo(401);
    }

    @Test
    void a_text_message_gets_a_passive_reply_and_wechats_retry_gets_the_same_reply_without_a_second_message()
            throws Exception {
        var channel = account(false);
        String timestamp = now();
        String nonce = nonce();
        byte[] message = Http.fixture("wechat/text-message.xml");

        var first = Http.post(signed(channel, timestamp, nonce), message, Map.of("Content-Type", "text/xml"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(field(first.body(), "ToUserName")).isEqualTo(OPENID);
        assertThat(field(first.body(), "FromUserName")).isEqualTo("gh_3f1c5e2a9b7d");
        assertThat(field(first.body(), "MsgType")).isEqualTo("text");
        assertThat(field(first.body(), "Content")).isNotBlank();

        var retry = Http.post(signed(channel, timestamp, nonce), message, Map.of("Content-Type", "text/xml"));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(field(retry.body(), "Content")).isEqualTo(field(first.body(), "Content"));
        var laterRetry = Http.post(signed(channel, now(), nonce()), message, Map.of("Content-Type", "text/xml"));
        assertThat(field(laterRetry.body(), "Content")).isEqualTo(field(first.body(), "Content"));
        assertThat(customerMessages(channel)).isEqualTo(1);
    }

    @Test
    void forged_stale_and_replayed_signatures_are_refused_before_anything_is_stored() throws Exception {
        var channel = account(false);
        byte[] message = Http.fixture("wechat/text-message.xml");
        String timestamp = now();
        String nonce = nonce();

        var forged = Http.post(
                url(
                        channel,
                        "signature=" + sha1("guessed", timestamp, nonce) + "&timestamp=" + timestamp + "&nonce="
                                + nonce),
                message,
                Map.of());
        assertThat(forged.statusCode()).isEqualTo(401);

        String old = Long.toString(Instant.now().minusSeconds(301).getEpochSecond());
        assertThat(Http.post(signed(channel, old, nonce), message, Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(customerMessages(channel)).isZero();

        assertThat(Http.post(signed(channel, timestamp, nonce), message, Map.of())
                        .statusCode())
                .isEqualTo(200);
        var replayed =
                Http.post(signed(channel, timestamp, nonce), Http.fixture("wechat/text-message-2.xml"), Map.of());
        assertThat(replayed.statusCode())
                .as("a captured signature carries a second message")
                .isEqualTo(403);
        assertThat(customerMessages(channel)).isEqualTo(1);

        var entities = Http.post(signed(channel, now(), nonce()), Http.fixture("wechat/entity-attack.xml"), Map.of());
        assertThat(entities.statusCode()).isEqualTo(400);
        assertThat(entities.body()).doesNotContain("root:");
        assertThat(customerMessages(channel)).isEqualTo(1);
    }

    @Test
    void a_new_follower_is_greeted_and_an_image_gets_success_without_a_reply() throws Exception {
        var channel = account(false);
        var greeted = Http.post(signed(channel, now(), nonce()), Http.fixture("wechat/subscribe-event.xml"), Map.of());
        assertThat(greeted.statusCode()).isEqualTo(200);
        assertThat(field(greeted.body(), "ToUserName")).isEqualTo("oTpbs6Cp0zYxWvUtS263H-_LB1");
        assertThat(field(greeted.body(), "Content")).isNotBlank();

        var image = Http.post(signed(channel, now(), nonce()), Http.fixture("wechat/image-message.xml"), Map.of());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo("success");
        assertThat(customerMessages(channel)).isZero();
    }

    @Test
    void secure_mode_decrypts_the_message_and_encrypts_a_signed_reply() throws Exception {
        var channel = account(true);
        String encrypted = encrypt(new String(Http.fixture("wechat/text-message.xml"), StandardCharsets.UTF_8));
        byte[] envelope = ("<xml><ToUserName><![CDATA[gh_3f1c5e2a9b7d]]></ToUserName><Encrypt><![CDATA[" + encrypted
                        + "]]></Encrypt></xml>")
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String nonce = nonce();
        String query = "signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=" + OPENID + "&encrypt_type=aes&msg_signature=";

        var forged = Http.post(url(channel, query + sha1(TOKEN, timestamp, nonce, "other")), envelope, Map.of());
        assertThat(forged.statusCode()).isEqualTo(401);

        var reply = Http.post(url(channel, query + sha1(TOKEN, timestamp, nonce, encrypted)), envelope, Map.of());
        assertThat(reply.statusCode()).isEqualTo(200);
        String replyEncrypted = field(reply.body(), "Encrypt");
        assertThat(field(reply.body(), "MsgSignature"))
                .isEqualTo(sha1(TOKEN, field(reply.body(), "TimeStamp"), field(reply.body(), "Nonce"), replyEncrypted));
        String inner = decrypt(replyEncrypted);
        assertThat(inner).endsWith(APP_ID);
        assertThat(field(inner, "ToUserName")).isEqualTo(OPENID);
        assertThat(field(inner, "Content")).isNotBlank();
        assertThat(customerMessages(channel)).isEqualTo(1);
    }

    /** WeChat's documented envelope, written here independently of the adapter's own code. */
    private static String encrypt(String xml) throws Exception {
        byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
        byte[] msg = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = APP_ID.getBytes(StandardCharsets.UTF_8);
        int length = 20 + msg.length + app.length;
        int pad = 32 - length % 32;
        var plain = ByteBuffer.allocate(length + pad);
        plain.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII))
                .putInt(msg.length)
                .put(msg)
                .put(app);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        var cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
    }

    private static String decrypt(String encrypted) throws Exception {
        byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
        var cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
        int pad = plain[plain.length - 1];
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        return new String(plain, 20, length, StandardCharsets.UTF_8)
                + new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
    }
}
