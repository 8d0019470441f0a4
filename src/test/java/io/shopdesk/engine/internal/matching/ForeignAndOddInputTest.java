package io.shopdesk.engine.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.engine.ConfidenceThresholds;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions in another language, and input that is not a question at all, get the fallback and never crash. */
class ForeignAndOddInputTest {

    private static final double SUGGEST = ConfidenceThresholds.DEFAULTS.suggest();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "駅までの行き方を教えてください",
                "週末に映画を見に行きませんか",
                "Сколько стоит билет на поезд до Москвы?",
                "Wie komme ich zum Flughafen?"
            })
    void a_chinese_tenant_does_not_answer_questions_in_other_languages(String question) {
        assertThat(DemoTenants.model("yunshang").predict(question).confidence()).isLessThan(SUGGEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"请问去火车站怎么走", "这个周末一起去看电影吗", "Сколько стоит билет на поезд до Москвы?", "駅までの行き方を教えてください"})
    void an_english_tenant_does_not_answer_questions_in_other_languages(String question) {
        assertThat(DemoTenants.model("brightwave").predict(question).confidence())
                .isLessThan(SUGGEST);
    }

    @Test
    void odd_input_gets_a_low_confidence_answer_and_never_an_exception() {
        StringBuilder binary = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            binary.append((char) random.nextInt(0x10000));
        }
        String[] inputs = {
            "",
            "   ",
            "😀😀😀👍🏽",
            "<script>alert('x')</script>",
            "<html><body><div><a href=\"https://evil.example\">click</a></div></body></html>",
            "a".repeat(100_000),
            words(random, 100_000),
            binary.toString(),
            "\u0000\u0001\u0002",
            "????!!!!....",
            "12345678901234567890"
        };
        for (String tenant : new String[] {"yunshang", "brightwave"}) {
            TenantModel model = DemoTenants.model(tenant);
            for (String input : inputs) {
                Prediction prediction = model.predict(input);
                assertThat(prediction.candidates()).hasSizeLessThanOrEqualTo(3);
                assertThat(prediction.confidence())
                        .as("%s: %s", tenant, input.length() > 30 ? input.substring(0, 30) : input)
                        .isBetween(0.0, SUGGEST);
            }
            assertThat(model.predict(null).candidates()).isEmpty();
            assertThat(model.predict("where is my order? ".repeat(6_000)).candidates())
                    .hasSize(3);
        }
    }

    /** About {@code chars} characters of random lower-case "words": a pasted page that asks nothing. */
    private static String words(Random random, int chars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            int length = 2 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }
}
