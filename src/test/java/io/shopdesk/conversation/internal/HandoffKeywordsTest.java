package io.shopdesk.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandoffKeywordsTest {

    @Test
    void whole_messages_asking_for_a_person_match_whatever_their_punctuation_and_case() {
        assertThat(HandoffKeywords.asksForPerson("转人工")).isTrue();
        assertThat(HandoffKeywords.asksForPerson("转人工！")).isTrue();
        assertThat(HandoffKeywords.asksForPerson("「人工客服」")).isTrue();
        assertThat(HandoffKeywords.asksForPerson("Talk to a human!")).isTrue();
        assertThat(HandoffKeywords.asksForPerson("  AGENT  ")).isTrue();
    }

    @Test
    void questions_that_merely_mention_a_person_are_left_to_the_bot() {
        assertThat(HandoffKeywords.asksForPerson("Can the delivery person leave it at the door?"))
                .isFalse();
        assertThat(HandoffKeywords.asksForPerson("人工费怎么算")).isFalse();
        assertThat(HandoffKeywords.asksForPerson("I want to talk to a human about my order that never came"))
                .isFalse();
    }
}
