package io.shopdesk.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_allows_its_burst_then_one_request_per_refill_interval() {
        var bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
    }

    @Test
    void an_unused_bucket_fills_up_to_its_capacity_only() {
        var bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        assertThat(bucket.full(0)).isFalse();
        assertThat(bucket.full(10 * SECOND)).isTrue();
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isPositive();
    }
}
