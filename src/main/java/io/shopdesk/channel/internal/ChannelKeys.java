package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format of channel keys: {@code sdpk_} (web widget) or {@code sdsk_} (API), a 12-character public lookup id,
 * {@code _}, and 43 characters of base64url holding 32 random bytes. The lookup id finds the stored row; the SHA-256
 * hash of the whole key proves it.
 */
public final class ChannelKeys {

    private static final Pattern FORMAT = Pattern.compile("(sdpk|sdsk)_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] LOOKUP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChannelKeys() {}

    /** A well-formed key taken apart: its type, lookup id, hash and the hint lists may show. */
    public record Parsed(ChannelType type, String lookupId, String hash, String hint) {}

    /** A new random key of the given type. */
    public static String generate(ChannelType type) {
        var lookup = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            lookup.append(LOOKUP_ALPHABET[RANDOM.nextInt(LOOKUP_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return type.keyPrefix() + "_" + lookup + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The key's parts, or empty when it is not a well-formed key (so it cannot be one of ours). */
    public static Optional<Parsed> parse(String key) {
        if (key == null || key.length() > 80) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var type = matcher.group(1).equals("sdpk") ? ChannelType.WEB_WIDGET : ChannelType.API;
        String lookupId = matcher.group(2);
        return Optional.of(new Parsed(type, lookupId, hash(key), matcher.group(1) + "_" + lookupId + "_…"));
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares two hashes in constant time. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
