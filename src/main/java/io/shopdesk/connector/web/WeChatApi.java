package io.shopdesk.connector.web;

import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.internal.ContactConversations;
import io.shopdesk.connector.internal.NonceRegistry;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.RequestRefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WeChat Official Account server URL. GET is WeChat's check of the URL: {@code signature} = SHA-1 of token,
 * {@code timestamp} and {@code nonce} sorted and joined; a valid one gets {@code echostr} back. POST carries a
 * message; in plain-text mode the same signature guards it, in secure mode ({@code encrypt_type=aes}) {@code
 * msg_signature} also covers the encrypted body. A wrong signature or a timestamp more than 5 minutes off is 401;
 * a (timestamp, nonce) pair that already carried another message is 403 (plain-text signatures do not cover the
 * body, so a captured URL must not carry a second message). Text messages get the bot's answer as a passive reply
 * in the response (in secure mode encrypted); {@code MsgId} is the client message id, so WeChat's own retries (same
 * MsgId, up to three when no answer came within 5 s) get the stored reply again and are never answered twice. A
 * new follower ({@code subscribe} event) is greeted; other message types get "success" (no reply). Agents' later
 * messages would need the customer-service message API, which is not connected yet.
 */
@RestController
class WeChatApi {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectorDirectory directory;
    private final ContactConversations conversations;
    private final NonceRegistry nonces;
    private final Clock clock;

    WeChatApi(ConnectorDirectory directory, ContactConversations conversations, NonceRegistry nonces, Clock clock) {
        this.directory = directory;
        this.conversations = conversations;
        this.nonces = nonces;
        this.clock = clock;
    }

    @GetMapping(path = ConnectorPaths.WECHAT, produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(
            @PathVariable String endpoint,
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        var channel = channel(endpoint);
        requireSigned(channel, signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @PostMapping(path = ConnectorPaths.WECHAT, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> receive(
            @PathVariable String endpoint,
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestBody(required = false) byte[] body) {
        var channel = channel(endpoint);
        String token = channel.secret(SecretName.WECHAT_TOKEN).orElseThrow();
        boolean secure = "aes".equalsIgnoreCase(encryptType);
        Map<String, String> message;
        String appId = null;
        WeChatCrypto crypto = null;
        if (secure) {
            var aesKey = channel.secret(SecretName.WECHAT_AES_KEY)
                    .orElseThrow(() -> new RequestRefusedException(Reason.FORBIDDEN, "connector.error.wechat-mode"));
            var envelope = WeChatXml.parse(body).orElseThrow(WeChatApi::notWeChat);
            String encrypted = envelope.getOrDefault("Encrypt", "");
            if (timestamp == null
                    || nonce == null
                    || !Signatures.same(Signatures.wechat(token, timestamp, nonce, encrypted), msgSignature)) {
                throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.signature");
            }
            requireFresh(timestamp);
            crypto = new WeChatCrypto(aesKey);
            var opened = crypto.decrypt(encrypted).orElseThrow(WeChatApi::notWeChat);
            appId = opened.appId();
            message = WeChatXml.parse(opened.xml().getBytes(StandardCharsets.UTF_8))
                    .orElseThrow(WeChatApi::notWeChat);
        } else {
            requireSigned(channel, signature, timestamp, nonce);
            message = WeChatXml.parse(body).orElseThrow(WeChatApi::notWeChat);
        }
        String user = message.getOrDefault("FromUserName", "");
        String account = message.getOrDefault("ToUserName", "");
        if (!user.matches("[A-Za-z0-9_-]{1,100}") || account.isEmpty()) {
            throw notWeChat();
        }
        String type = message.getOrDefault("MsgType", "");
        String messageId = "text".equals(type)
                ? "wx-" + message.getOrDefault("MsgId", "")
                : "wx-" + type + "-" + user + "-" + message.getOrDefault("CreateTime", "");
        if (!nonces.admit(channel, timestamp + ":" + nonce, messageId)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "connector.error.replayed");
        }
        String reply;
        if ("text".equals(type) && message.getOrDefault("MsgId", "").matches("[0-9]{1,40}")) {
            var exchange = conversations.send(channel, user, messageId, message.get("Content"), null);
            reply = Replies.joined(exchange.messages());
        } else if ("event".equals(type) && "subscribe".equals(message.get("Event"))) {
            reply = Replies.joined(conversations.greet(channel, user, null).messages());
        } else {
            reply = "";
        }
        if (reply.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
        }
        String xml = WeChatXml.textReply(user, account, clock.instant().getEpochSecond(), reply);
        if (secure) {
            String replyNonce = HexFormat.of().formatHex(randomBytes());
            String replyTimestamp = Long.toString(clock.instant().getEpochSecond());
            String encrypted = crypto.encrypt(xml, appId);
            xml = WeChatXml.encryptedReply(
                    encrypted,
                    Signatures.wechat(token, replyTimestamp, replyNonce, encrypted),
                    replyTimestamp,
                    replyNonce);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
    }

    private ConnectorChannel channel(String endpoint) {
        return directory.find(ChannelType.WECHAT, endpoint).orElseThrow(() -> new NotFoundException("channel", ""));
    }

    private void requireSigned(ConnectorChannel channel, String signature, String timestamp, String nonce) {
        String token = channel.secret(SecretName.WECHAT_TOKEN).orElseThrow();
        if (timestamp == null
                || nonce == null
                || !Signatures.same(Signatures.wechat(token, timestamp, nonce), signature)) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.signature");
        }
        requireFresh(timestamp);
    }

    private void requireFresh(String timestamp) {
        if (!Signatures.fresh(timestamp, clock.instant())) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "connector.error.stale");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static BusinessRuleException notWeChat() {
        return new BusinessRuleException("connector.error.body");
    }
}
