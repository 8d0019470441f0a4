package io.shopdesk.handoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordListSentimentScorerTest {

    private final WordListSentimentScorer scorer = new WordListSentimentScorer();

    @Test
    void neutral_questions_score_zero() {
        assertThat(scorer.negativity("Where is my parcel?")).isZero();
        assertThat(scorer.negativity("请问什么时候发货")).isZero();
        assertThat(scorer.negativity("")).isZero();
    }

    @Test
    void more_negative_words_score_higher_in_both_languages() {
        assertThat(scorer.negativity("太差了")).isEqualTo(0.5);
        assertThat(scorer.negativity("太差了，我要投诉")).isGreaterThan(0.6);
        assertThat(scorer.negativity("terrible")).isEqualTo(0.5);
        assertThat(scorer.negativity("terrible service, I'm furious")).isGreaterThan(0.6);
    }

    @Test
    void shouting_and_exclamation_marks_add_to_a_negative_message_only() {
        assertThat(scorer.negativity("THIS IS TERRIBLE")).isGreaterThan(scorer.negativity("this is terrible"));
        assertThat(scorer.negativity("垃圾！！")).isGreaterThan(scorer.negativity("垃圾"));
        assertThat(scorer.negativity("THANK YOU SO MUCH!!")).isZero();
    }

    @Test
    void a_negated_english_word_does_not_count() {
        assertThat(scorer.negativity("not terrible at all")).isZero();
    }
}
