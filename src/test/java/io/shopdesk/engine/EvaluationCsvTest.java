package io.shopdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCsvTest {

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void quoted_fields_with_commas_quotes_and_line_breaks_are_read() throws Exception {
        var rows =
                EvaluationCsv.read(write("text,label\n\"hi, \"\"there\"\"\",greet\n\"two\nlines\",oos\r\nplain,x\n"));
        assertThat(rows)
                .containsExactly(
                        new EvaluationCsv.Row("hi, \"there\"", "greet"),
                        new EvaluationCsv.Row("two\nlines", "oos"),
                        new EvaluationCsv.Row("plain", "x"));
        assertThat(rows.get(1).outOfScope()).isTrue();
    }

    @Test
    void columns_may_come_in_any_order_and_a_byte_order_mark_is_ignored() throws Exception {
        assertThat(EvaluationCsv.read(write("\uFEFFlabel,text\nx,hello\n")))
                .containsExactly(new EvaluationCsv.Row("hello", "x"));
    }

    @Test
    void a_header_without_text_and_label_is_refused() throws IOException {
        Path file = write("question,intent\nhello,x\n");
        assertThatThrownBy(() -> EvaluationCsv.read(file))
                .hasMessageContaining("line 1")
                .hasMessageContaining("text");
    }

    @Test
    void an_unclosed_quote_is_refused_with_its_line() throws IOException {
        Path file = write("text,label\nok,x\n\"never closed,y\n");
        assertThatThrownBy(() -> EvaluationCsv.read(file)).hasMessageContaining("line 3");
    }

    @Test
    void a_short_row_or_an_empty_label_is_refused() throws IOException {
        Path shortRow = write("text,label\nonly text\n");
        assertThatThrownBy(() -> EvaluationCsv.read(shortRow)).hasMessageContaining("record 2");
        Path emptyLabel = write("text,label\nhello,\n");
        assertThatThrownBy(() -> EvaluationCsv.read(emptyLabel)).hasMessageContaining("empty label");
    }

    @Test
    void a_file_that_is_not_utf8_or_missing_is_refused() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'t', 'e', 'x', 't', ',', 'l', 'a', 'b', 'e', 'l', '\n', (byte) 0xE9, ',', 'x'});
        assertThatThrownBy(() -> EvaluationCsv.read(latin1)).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> EvaluationCsv.read(dir.resolve("missing.csv"))).hasMessageContaining("no such file");
    }
}
