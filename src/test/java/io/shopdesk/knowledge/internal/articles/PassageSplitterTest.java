package io.shopdesk.knowledge.internal.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private static String sentence(int index) {
        return "Sentence number " + index + " explains one more detail of the policy.";
    }

    @Test
    void short_paragraphs_under_one_heading_are_joined_and_carry_the_heading_path() {
        var passages = PassageSplitter.split(List.of(
                Block.heading(1, "Returns"),
                Block.heading(2, "Refunds"),
                Block.paragraph("Refunds go back to the card."),
                Block.paragraph("They take three days."),
                Block.heading(2, "Exchanges"),
                Block.paragraph("Exchanges are free.")));
        assertThat(passages)
                .containsExactly(
                        new PassageSplitter.Passage(
                                0, "Returns > Refunds", "Refunds go back to the card.\nThey take three days."),
                        new PassageSplitter.Passage(1, "Returns > Exchanges", "Exchanges are free."));
    }

    @Test
    void long_sections_are_split_into_passages_of_at_most_800_characters_at_sentence_ends() {
        var paragraphs = new ArrayList<Block>();
        paragraphs.add(Block.heading(1, "Warranty"));
        var text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(sentence(i)).append(' ');
        }
        paragraphs.add(Block.paragraph(text.toString().strip()));
        var passages = PassageSplitter.split(paragraphs);
        assertThat(passages).hasSizeGreaterThan(3);
        assertThat(passages).allSatisfy(passage -> {
            assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX);
            assertThat(passage.text()).endsWith(".");
            assertThat(passage.heading()).isEqualTo("Warranty");
        });
        assertThat(passages.subList(0, passages.size() - 1))
                .allSatisfy(passage -> assertThat(passage.text().length()).isGreaterThanOrEqualTo(PassageSplitter.MIN));
        assertThat(passages)
                .extracting(PassageSplitter.Passage::position)
                .containsExactly(java.util.stream.IntStream.range(0, passages.size())
                        .boxed()
                        .toArray(Integer[]::new));
        assertThat(String.join(
                        " ",
                        passages.stream().map(PassageSplitter.Passage::text).toList()))
                .isEqualTo(text.toString().strip());
    }

    @Test
    void chinese_text_is_cut_after_full_stops_without_adding_spaces() {
        var text = "收到商品后七天内可以申请无理由退货，请保持商品和吊牌完好。".repeat(40);
        var passages = PassageSplitter.split(List.of(Block.paragraph(text)));
        assertThat(passages).allSatisfy(passage -> {
            assertThat(passage.text()).endsWith("。").doesNotContain(" ");
            assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX);
        });
        assertThat(String.join(
                        "", passages.stream().map(PassageSplitter.Passage::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void a_single_sentence_longer_than_the_maximum_is_cut_hard() {
        var passages = PassageSplitter.split(List.of(Block.paragraph("x".repeat(2000))));
        assertThat(passages).extracting(passage -> passage.text().length()).containsExactly(800, 800, 400);
    }
}
