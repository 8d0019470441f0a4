package io.shopdesk.engine.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.internal.matching.MatchLanguage;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    @Test
    void chinese_is_segmented_into_words_without_punctuation() {
        assertThat(TermAnalyzer.of(MatchLanguage.ZH).terms("我想申请七天无理由退货，可以吗?"))
                .contains("申请", "退货")
                .doesNotContain("，", "?");
    }

    @Test
    void latin_words_inside_chinese_stay_whole() {
        assertThat(TermAnalyzer.of(MatchLanguage.ZH).terms("iphone的充电器有货吗")).contains("iphone", "充电器");
    }

    @Test
    void english_is_stemmed_without_stop_words() {
        assertThat(TermAnalyzer.of(MatchLanguage.EN).terms("the orders are shipping"))
                .containsExactly("order", "ship");
    }
}
