package io.shopdesk.engine.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.internal.matching.MatchLanguage;
import org.junit.jupiter.api.Test;

class ScriptProfileTest {

    @Test
    void chinese_with_a_latin_product_name_is_not_foreign_to_a_chinese_tenant() {
        assertThat(ScriptProfile.of("iphone 15 的壳子有货吗").foreignShare(MatchLanguage.ZH))
                .isZero();
    }

    @Test
    void japanese_is_foreign_to_a_chinese_tenant_even_with_kanji() {
        assertThat(ScriptProfile.of("明日の天気はどうですか").foreignShare(MatchLanguage.ZH))
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void english_only_counts_as_half_foreign_to_a_chinese_tenant() {
        assertThat(ScriptProfile.of("where is my parcel").foreignShare(MatchLanguage.ZH))
                .isEqualTo(0.5);
    }

    @Test
    void chinese_and_russian_are_foreign_to_an_english_tenant() {
        assertThat(ScriptProfile.of("我的快递到哪了").foreignShare(MatchLanguage.EN)).isEqualTo(1.0);
        assertThat(ScriptProfile.of("где мой заказ").foreignShare(MatchLanguage.EN))
                .isEqualTo(1.0);
        assertThat(ScriptProfile.of("where is my order").foreignShare(MatchLanguage.EN))
                .isZero();
    }
}
