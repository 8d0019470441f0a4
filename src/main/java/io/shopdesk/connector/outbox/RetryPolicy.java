package io.shopdesk.connector.outbox;

import java.time.Duration;

/**
 * When to try a delivery again and when to give up. A 2xx answer is delivered. A 4xx answer other than 408 (timeout)
 * and 429 (too many requests) is refused for good: sending the same request again cannot help. Anything else (5xx,
 * 408, 429, no answer) is tried again after {@code firstDelay} × 3<sup>n-1</sup> (10 s, 30 s, 90 s, … with the
 * defaults), at most {@code maxDelay}, plus up to a fifth more at random so that many deliveries failing at once do
 * not come back at once; after {@code maxAttempts} attempts it is given up.
 */
record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    enum Verdict {
        DELIVERED,
        RETRY,
        REFUSED
    }

    RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("max-attempts >= 1 and 0 <= first-retry <= max-retry");
        }
    }

    static Verdict verdict(int status) {
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return Verdict.REFUSED;
        }
        return Verdict.RETRY;
    }

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * The wait after the given number of failed attempts (from 1).
     *
     * @param random a number in [0, 1) that chooses the jitter
     */
    Duration delayAfter(int attempts, double random) {
        long first = firstDelay.toMillis();
        long cap = maxDelay.toMillis();
        long delay = first;
        for (int i = 1; i < attempts && delay < cap; i++) {
            delay = delay * 3;
        }
        delay = Math.min(delay, cap);
        return Duration.ofMillis(delay + (long) (delay * 0.2 * random));
    }
}
