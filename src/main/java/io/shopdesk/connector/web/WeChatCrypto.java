package io.shopdesk.connector.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's secure mode: AESKey = Base64_Decode(EncodingAESKey + "="), AES-256-CBC with the key's first 16 bytes as
 * IV, PKCS#7 padding to a multiple of 32 bytes; the plain text is random(16) + msg_len(4, network order) + msg +
 * appid.
 */
final class WeChatCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A decrypted message and the AppID it ends with. */
    record Opened(String xml, String appId) {}

    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    WeChatCrypto(String encodingAesKey) {
        byte[] bytes = Base64.getDecoder().decode(encodingAesKey + "=");
        this.key = new SecretKeySpec(bytes, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(bytes, 16));
    }

    Optional<Opened> decrypt(String encrypted) {
        try {
            var cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
            int pad = plain[plain.length - 1] & 0xff;
            if (pad < 1 || pad > 32 || plain.length < 20 + pad) {
                return Optional.empty();
            }
            int length = ByteBuffer.wrap(plain, 16, 4).getInt();
            int end = plain.length - pad;
            if (length < 0 || 20 + length > end) {
                return Optional.empty();
            }
            return Optional.of(new Opened(
                    new String(plain, 20, length, StandardCharsets.UTF_8),
                    new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String encrypt(String xml, String appId) {
        byte[] message = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int length = 20 + message.length + app.length;
        int pad = 32 - (length % 32);
        var buffer = ByteBuffer.allocate(length + pad);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        buffer.put(random).putInt(message.length).put(message).put(app);
        for (int i = 0; i < pad; i++) {
            buffer.put((byte) pad);
        }
        try {
            var cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, iv);
            return Base64.getEncoder().encodeToString(cipher.doFinal(buffer.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC is part of every JDK", e);
        }
    }
}
