package io.shopdesk.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.connector.outbox.RetryPolicy.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void success_is_delivered_a_client_error_is_refused_and_everything_else_is_tried_again() {
        assertThat(RetryPolicy.verdict(200)).isEqualTo(Verdict.DELIVERED);
        assertThat(RetryPolicy.verdict(204)).isEqualTo(Verdict.DELIVERED);
        assertThat(RetryPolicy.verdict(400)).isEqualTo(Verdict.REFUSED);
        assertThat(RetryPolicy.verdict(401)).isEqualTo(Verdict.REFUSED);
        assertThat(RetryPolicy.verdict(404)).isEqualTo(Verdict.REFUSED);
        assertThat(RetryPolicy.verdict(408)).isEqualTo(Verdict.RETRY);
        assertThat(RetryPolicy.verdict(429)).isEqualTo(Verdict.RETRY);
        assertThat(RetryPolicy.verdict(500)).isEqualTo(Verdict.RETRY);
        assertThat(RetryPolicy.verdict(503)).isEqualTo(Verdict.RETRY);
        assertThat(RetryPolicy.verdict(Attempt.NO_ANSWER)).isEqualTo(Verdict.RETRY);
    }

    @Test
    void waits_grow_threefold_from_ten_seconds_up_to_an_hour_with_at_most_a_fifth_more_of_jitter() {
        assertThat(policy.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(3, 0)).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.delayAfter(6, 0)).isEqualTo(Duration.ofSeconds(2430));
        assertThat(policy.delayAfter(7, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(40, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1, 0.999)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(12));
        assertThat(policy.delayAfter(40, 0.999)).isBetween(Duration.ofHours(1), Duration.ofMinutes(72));
    }

    @Test
    void a_delivery_is_given_up_after_the_last_allowed_attempt() {
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
    }
}
