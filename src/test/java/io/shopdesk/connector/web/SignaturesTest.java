package io.shopdesk.connector.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");

    @Test
    void a_timestamp_is_fresh_within_five_minutes_either_way_and_never_when_it_is_not_a_number() {
        long now = NOW.getEpochSecond();
        assertThat(Signatures.fresh(Long.toString(now - 300), NOW)).isTrue();
        assertThat(Signatures.fresh(Long.toString(now + 300), NOW)).isTrue();
        assertThat(Signatures.fresh(Long.toString(now - 301), NOW)).isFalse();
        assertThat(Signatures.fresh(Long.toString(now + 301), NOW))
                .as("a clock far ahead")
                .isFalse();
        assertThat(Signatures.fresh("17647e8", NOW)).isFalse();
        assertThat(Signatures.fresh(null, NOW)).isFalse();
    }

    @Test
    void signatures_change_with_every_part_they_cover() {
        byte[] body = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
        String signed = Signatures.webhook("whsec_a", "1764700000", body);
        assertThat(signed).hasSize(64).isEqualTo(Signatures.webhook("whsec_a", "1764700000", body));
        assertThat(Signatures.webhook("whsec_b", "1764700000", body)).isNotEqualTo(signed);
        assertThat(Signatures.webhook("whsec_a", "1764700001", body)).isNotEqualTo(signed);
        assertThat(Signatures.webhook("whsec_a", "1764700000", "{}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(signed);
        assertThat(Signatures.wechat("token", "1", "2")).isEqualTo(Signatures.wechat("2", "token", "1"));
        assertThat(Signatures.same(signed, null)).isFalse();
        assertThat(Signatures.same(signed, signed.toUpperCase())).isFalse();
    }
}
