package io.shopdesk.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelType;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ChannelKeysTest {

    @Test
    void generated_keys_have_the_documented_format_and_differ() {
        var keys = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            String key = ChannelKeys.generate(ChannelType.WEB_WIDGET);
            assertThat(key).matches("sdpk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
            keys.add(key);
        }
        assertThat(keys).hasSize(200);
        assertThat(ChannelKeys.generate(ChannelType.API)).startsWith("sdsk_");
    }

    @Test
    void a_key_is_parsed_into_its_type_lookup_id_hash_and_hint() {
        String key = "sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign";
        var parsed = ChannelKeys.parse(key).orElseThrow();
        assertThat(parsed.type()).isEqualTo(ChannelType.WEB_WIDGET);
        assertThat(parsed.lookupId()).isEqualTo("yunshangdemo");
        assertThat(parsed.hash()).hasSize(64).isEqualTo(ChannelKeys.hash(key));
        assertThat(parsed.hint()).isEqualTo("sdpk_yunshangdemo_…").doesNotContain("Demo");
    }

    @Test
    void anything_else_is_not_a_key() {
        assertThat(ChannelKeys.parse(null)).isEmpty();
        assertThat(ChannelKeys.parse("")).isEmpty();
        assertThat(ChannelKeys.parse("sdpk_short_abc")).isEmpty();
        assertThat(ChannelKeys.parse("sdxk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign"))
                .isEmpty();
        assertThat(ChannelKeys.parse(" sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign"))
                .isEmpty();
        assertThat(ChannelKeys.parse("sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign\n"))
                .isEmpty();
        assertThat(ChannelKeys.parse("x".repeat(10_000))).isEmpty();
    }

    @Test
    void hashes_are_compared_in_full() {
        assertThat(ChannelKeys.sameHash("ab", "ab")).isTrue();
        assertThat(ChannelKeys.sameHash("ab", "ac")).isFalse();
        assertThat(ChannelKeys.sameHash("ab", "abc")).isFalse();
    }
}
