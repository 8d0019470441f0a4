package io.shopdesk.connector.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature schemes of the adapters, and the freshness rule they share. Comparisons take constant time. Public
 * for the connectors' outbox, which signs outbound webhook deliveries with the inbound scheme.
 */
public final class Signatures {

    /** How old a signed request may be (and how far ahead of our clock): 5 minutes. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private Signatures() {}

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body}, as the webhook channel signs both ways. */
    public static String webhook(String secret, String timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** WeChat's signature: hex SHA-1 of the parts sorted in dictionary order and joined. */
    static String wechat(String... parts) {
        var sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    static boolean same(String expected, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a Unix timestamp in seconds is within {@link #MAX_AGE} of now; false when it is not a number. */
    static boolean fresh(String timestamp, Instant now) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        var at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return Duration.between(at, now).abs().compareTo(MAX_AGE) <= 0;
    }
}
