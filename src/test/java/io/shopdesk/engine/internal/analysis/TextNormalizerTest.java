package io.shopdesk.engine.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.internal.matching.MatchLanguage;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void full_width_letters_digits_and_punctuation_become_half_width_and_lower_case() {
        assertThat(TextNormalizer.normalize("ＩＰＨＯＮＥ１５能用吗？", MatchLanguage.ZH)).isEqualTo("iphone15能用吗?");
    }

    @Test
    void traditional_chinese_becomes_simplified_for_chinese_tenants() {
        assertThat(TextNormalizer.normalize("請問這件衣服可以退貨嗎", MatchLanguage.ZH)).isEqualTo("请问这件衣服可以退货吗");
    }

    @Test
    void urls_and_email_addresses_become_placeholder_words() {
        assertThat(TextNormalizer.normalize(
                        "see https://shop.example/item/42?x=1 or mail a.b@shop.example", MatchLanguage.EN))
                .isEqualTo("see link or mail email");
        assertThat(TextNormalizer.normalize("https://item.example/123 这个有货吗", MatchLanguage.ZH))
                .isEqualTo("链接 这个有货吗");
    }

    @Test
    void emoji_are_removed_and_emoji_only_input_is_empty() {
        assertThat(TextNormalizer.normalize("where is my order 📦🙏", MatchLanguage.EN))
                .isEqualTo("where is my order");
        assertThat(TextNormalizer.normalize("😀👍🏽❤️", MatchLanguage.EN)).isEmpty();
    }

    @Test
    void markup_and_scripts_are_removed() {
        assertThat(TextNormalizer.normalize("<p>Hi <b>there</b></p><script>alert('x')</script>", MatchLanguage.EN))
                .isEqualTo("hi there");
    }

    @Test
    void control_characters_and_binary_garbage_do_not_survive() {
        String binary = "\u0000\u0001\u0002\uFFFF\uD800abc\u0007";
        assertThat(TextNormalizer.normalize(binary, MatchLanguage.EN)).isEqualTo("abc");
    }

    @Test
    void long_input_is_cut_and_null_is_empty() {
        assertThat(TextNormalizer.normalize("word ".repeat(50_000), MatchLanguage.EN)
                        .codePointCount(0, 10))
                .isPositive();
        assertThat(TextNormalizer.normalize("word ".repeat(50_000), MatchLanguage.EN)
                        .length())
                .isLessThanOrEqualTo(TextNormalizer.MAX_CODE_POINTS);
        assertThat(TextNormalizer.normalize(null, MatchLanguage.ZH)).isEmpty();
    }
}
