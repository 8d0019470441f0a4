package io.shopdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The evaluation command end to end, without Spring: a small English test set, and bad invocations. */
class EvaluationCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluationCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void evaluates_a_test_set_and_prints_the_figures_as_json_on_the_last_line() throws IOException {
        Path train = csv("train.csv", """
                text,label
                when are you open,hours
                what are your opening hours,hours
                are you open on sundays,hours
                how do I return an item,returns
                can I send this back for a refund,returns
                what is your return policy,returns
                how much is shipping,shipping
                do you ship for free,shipping
                what does delivery cost,shipping
                tell me about the weather,oos
                """);
        Path test = csv("test.csv", """
                text,label
                what time do you open,hours
                I want to return my order,returns
                is delivery free,shipping
                who won the match yesterday,oos
                """);
        int code = run("eval", "--train", train.toString(), "--test", test.toString(), "--lang", "en");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.getLast());
        for (String key : List.of(
                "accuracy",
                "oosRecall",
                "answeredRate",
                "answeredPrecision",
                "coverageAt95Precision",
                "ece",
                "trainSeconds",
                "latencyP50Ms",
                "latencyP99Ms")) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("oosRecall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("testRows").asInt()).isEqualTo(4);
    }

    @Test
    void bad_arguments_exit_non_zero_with_the_usage() {
        assertThat(run("eval", "--train")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--train needs a value")
                .contains("usage:");
        assertThat(run("eval", "--test", "x.csv")).isEqualTo(2);
        assertThat(run("eval", "--train", "a", "--test", "b", "--lang", "fr")).isEqualTo(2);
        assertThat(run("eval", "--bogus")).isEqualTo(2);
    }

    @Test
    void a_malformed_csv_exits_non_zero_naming_the_file_and_line() throws IOException {
        Path train = csv("train.csv", "text,label\n\"unclosed,x\n");
        Path test = csv("test.csv", "text,label\nhello,x\n");
        assertThat(run("--train", train.toString(), "--test", test.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("train.csv").contains("line 2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
