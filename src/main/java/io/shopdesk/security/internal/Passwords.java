package io.shopdesk.security.internal;

import java.security.SecureRandom;

/** Generates first passwords: 16 characters without look-alikes (0/O, 1/l/I), about 93 bits. */
final class Passwords {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private Passwords() {}

    static String generate() {
        var password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
