package io.shopdesk.engine.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentiment models trained from the shipped seed messages, on messages that are not in the seed files. */
class SentimentModelTest {

    private static DefaultMatching matching;
    private static SentimentModel english;
    private static SentimentModel chinese;

    @BeforeAll
    static void train() {
        matching = DefaultMatching.create(MatchingSettings.defaults().withEncoderThreads(2));
        english = SentimentTrainer.train(
                MatchLanguage.EN, matching.encoder(MatchLanguage.EN), SentimentTrainer.seeds(MatchLanguage.EN));
        chinese = SentimentTrainer.train(
                MatchLanguage.ZH, matching.encoder(MatchLanguage.ZH), SentimentTrainer.seeds(MatchLanguage.ZH));
    }

    @AfterAll
    static void close() {
        matching.close();
    }

    @Test
    void angry_english_messages_score_high_and_neutral_questions_low() {
        var angry = List.of(
                "This is a disgrace, my parcel is two weeks late and nobody even bothers to answer me!",
                "I am sick of your excuses, give me my money back now.",
                "The kettle you sent leaks and your support keeps ignoring me.");
        var neutral = List.of(
                "Could you tell me if the grey sweater comes in a larger size?",
                "What time do you close on Saturdays?",
                "Thanks, the replacement arrived this morning.");
        angry.forEach(text -> assertThat(english.negativity(text)).as(text).isGreaterThan(0.7));
        neutral.forEach(text -> assertThat(english.negativity(text)).as(text).isLessThan(0.3));
    }

    @Test
    void angry_chinese_messages_score_high_and_neutral_questions_low() {
        var angry = List.of("等了半个月还没收到货，客服也不回，太让人火大了！", "你们卖的是什么垃圾，用一次就坏，赶紧退钱", "再拖下去我就去平台投诉你们");
        var neutral = List.of("请问这款电饭煲有白色的吗？", "周六下午可以送货上门吗？", "收到了，包装很好，谢谢");
        angry.forEach(text -> assertThat(chinese.negativity(text)).as(text).isGreaterThan(0.7));
        neutral.forEach(text -> assertThat(chinese.negativity(text)).as(text).isLessThan(0.3));
    }

    @Test
    void blank_or_symbol_only_text_is_not_negative() {
        assertThat(english.negativity("")).isZero();
        assertThat(chinese.negativity("？？？")).isZero();
    }

    @Test
    void mostly_han_text_goes_to_the_chinese_model_and_latin_text_to_the_english_one() {
        assertThat(SentimentModel.languageOf("iPhone 15 的屏幕太差了")).isEqualTo(MatchLanguage.ZH);
        assertThat(SentimentModel.languageOf("Where is my parcel?")).isEqualTo(MatchLanguage.EN);
        assertThat(SentimentModel.languageOf("")).isEqualTo(MatchLanguage.EN);
    }

    @Test
    void a_seed_line_without_a_known_label_is_refused_with_its_line_number() throws Exception {
        var reader = new java.io.BufferedReader(new java.io.StringReader("# comment\nneg\tbad\nmaybe\tso-so\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentimentTrainer.parse(reader, "x.tsv"))
                .hasMessageContaining("x.tsv line 3");
    }
}
