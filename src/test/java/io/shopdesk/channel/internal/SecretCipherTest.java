package io.shopdesk.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void a_secret_decrypts_only_in_its_own_place_and_never_appears_in_the_stored_form() {
        String sealed = cipher.encrypt("123456:telegram-bot-token-abcdefghijklmnop", "t1/7/TELEGRAM_BOT_TOKEN");

        assertThat(sealed).startsWith("k1:").doesNotContain("telegram-bot-token");
        assertThat(cipher.decrypt(sealed, "t1/7/TELEGRAM_BOT_TOKEN"))
                .isEqualTo("123456:telegram-bot-token-abcdefghijklmnop");
        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
        assertThatThrownBy(() -> cipher.decrypt(sealed, "t2/7/TELEGRAM_BOT_TOKEN"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_changed_ciphertext_or_another_key_does_not_decrypt() {
        String sealed = cipher.encrypt("secret", "ctx");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "ctx")).isInstanceOf(IllegalStateException.class);

        byte[] other = new byte[32];
        other[0] = 1;
        var otherCipher = new SecretCipher(Base64.getEncoder().encodeToString(other));
        assertThatThrownBy(() -> otherCipher.decrypt(sealed, "ctx")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(SecretCipher.class.getName()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
