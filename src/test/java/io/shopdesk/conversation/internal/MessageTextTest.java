package io.shopdesk.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> MessageText.normalise(text)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("text");
        });
    }

    @Test
    void whitespace_is_normalised_to_single_spaces_trimmed_lines_and_at_most_one_blank_line() {
        assertThat(MessageText.normalise("  where\t\tis   my\u3000order?  ")).isEqualTo("where is my order?");
        assertThat(MessageText.normalise("line one   \r\n   line two\r\rline three\n\n\n\n\nend"))
                .isEqualTo("line one\nline two\n\nline three\n\nend");
    }

    @Test
    void emoji_html_and_chinese_are_ordinary_text() {
        assertThat(MessageText.normalise("😀👍🏽👨‍👩‍👧")).isEqualTo("😀👍🏽👨‍👩‍👧");
        assertThat(MessageText.normalise("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(MessageText.normalise("我穿S有点紧M又有点松")).isEqualTo("我穿S有点紧M又有点松");
    }

    @Test
    void text_is_composed_to_nfc() {
        assertThat(MessageText.normalise("cafe\u0301")).isEqualTo("caf\u00e9");
    }

    @Test
    void empty_blank_and_invisible_only_text_is_refused() {
        assertRefused(null, "chat.error.text-required");
        assertRefused("", "chat.error.text-required");
        assertRefused(" \n\t ", "chat.error.text-required");
        assertRefused("\u200B\u200D\uFEFF", "chat.error.text-required");
    }

    @Test
    void at_most_2000_characters_count_after_normalising_and_by_code_point() {
        assertThat(MessageText.normalise("😀".repeat(2000))).hasSize(4000);
        assertThat(MessageText.normalise("a".repeat(2000) + "          ")).hasSize(2000);
        assertRefused("a".repeat(2001), "chat.error.text-too-long");
        assertRefused("x".repeat(100 * 1024), "chat.error.text-too-long");
    }

    @Test
    void control_characters_lone_surrogates_and_replacement_characters_are_refused() {
        assertRefused("a\u0000b", "chat.error.text-binary");
        assertRefused("a\u0007", "chat.error.text-binary");
        assertRefused("\u001B[0m", "chat.error.text-binary");
        assertRefused("\u007F", "chat.error.text-binary");
        assertRefused("\u0085", "chat.error.text-binary");
        assertRefused("x\uD800y", "chat.error.text-binary");
        assertRefused("x\uDC00", "chat.error.text-binary");
        assertRefused("bad \uFFFD byte", "chat.error.text-binary");
        assertRefused("\uFFFF", "chat.error.text-binary");
    }
}
