package io.shopdesk.engine.internal.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static WordPieceTokenizer tokenizer(String name) throws IOException {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(name)) {
            return WordPieceTokenizer.fromTokenizerJson(in);
        }
    }

    @Test
    void english_words_split_into_known_pieces_between_cls_and_sep() throws IOException {
        int[] ids = tokenizer("bge-small-en-v1.5-q-tokenizer.json").encode("Unaffordable refunds!", 64);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[ids.length - 1]).isEqualTo(102);
        assertThat(ids).hasSizeGreaterThan(4).doesNotContain(100);
    }

    @Test
    void every_chinese_character_is_its_own_token() throws IOException {
        int[] ids = tokenizer("bge-small-zh-v1.5-tokenizer.json").encode("可以退货吗", 64);
        assertThat(ids).hasSize(7).doesNotContain(100);
    }

    @Test
    void long_input_is_cut_to_the_maximum_length() throws IOException {
        int[] ids = tokenizer("bge-small-en-v1.5-q-tokenizer.json").encode("word ".repeat(500), 64);
        assertThat(ids).hasSize(64);
        assertThat(ids[63]).isEqualTo(102);
    }
}
