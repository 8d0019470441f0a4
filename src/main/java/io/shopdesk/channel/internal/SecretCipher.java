package io.shopdesk.channel.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts channel secrets at rest with AES-GCM (256-bit key, random 96-bit nonce, 128-bit tag). The key comes from
 * {@code shopdesk.secrets.encryption-key} (base64 of 32 bytes; the Helm chart sets it from its Secret as {@code
 * SHOPDESK_SECRETS_ENCRYPTION_KEY}). Each value is bound to its place (tenant, channel, secret name) as associated
 * data, so a ciphertext copied into another row does not decrypt. Stored form: {@code k1:} or {@code dev:} (which
 * key) followed by base64 of nonce and ciphertext. Without a configured key a built-in development key is used and
 * a warning logged: fine for the embedded evaluation set-up, never for production (the chart refuses to render
 * without a key there).
 */
@Component
public class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretCipher(@Value("${shopdesk.secrets.encryption-key:}") String configured) {
        if (configured == null || configured.isBlank()) {
            log.warn("shopdesk.secrets.encryption-key is not set: channel secrets are encrypted with the built-in "
                    + "development key. Set a key of your own (openssl rand -base64 32) before storing real secrets.");
            this.key = new SecretKeySpec(sha256("shopdesk-development-key-not-for-production"), "AES");
            this.keyId = "dev";
        } else {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "shopdesk.secrets.encryption-key must be base64 (openssl rand -base64 32)");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(
                        "shopdesk.secrets.encryption-key must hold 32 bytes (openssl rand -base64 32), not "
                                + bytes.length);
            }
            this.key = new SecretKeySpec(bytes, "AES");
            this.keyId = "k1";
        }
    }

    /** The value encrypted and bound to {@code context}. */
    public String encrypt(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain value; fails when the value was changed, moved to another context or sealed with another key. */
    public String decrypt(String stored, String context) {
        int colon = stored.indexOf(':');
        if (colon < 0 || !stored.substring(0, colon).equals(keyId)) {
            throw new IllegalStateException("A channel secret was encrypted with another key ("
                    + (colon < 0 ? "?" : stored.substring(0, colon)) + "): check shopdesk.secrets.encryption-key");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A channel secret does not decrypt: it was altered or moved", e);
        }
    }

    /** The associated data of a channel's secret. */
    public static String context(String tenant, long channelId, String name) {
        return tenant + "/" + channelId + "/" + name;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
