package io.shopdesk.bench;

import io.shopdesk.engine.EvaluationCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's benchmarks (see docs/benchmarks.md). Run through the {@code bench} Maven profile:
 *
 * <pre>
 * ./mvnw -q -Pbench -Dvaadin.skip -DskipTests test-compile exec:exec -Dbench.args="eval banking77-full"
 * </pre>
 *
 * Commands: {@code eval NAME...} (banking77-full, banking77-10shot, bitext, xsid-zh, xsid-en, smp2019, or
 * {@code all}); {@code load}; {@code footprint}; {@code segmenters}; {@code faults CONVERSATIONS SECONDS [INTERVAL]} (two
 * replicas under load, one killed, the database stopped and started: {@link ClusterFaults}); {@code sentiment [SAMPLE]
 * [EXTRA]} (the sentiment model against the word lists: {@link SentimentBench}). Results are printed and appended to
 * target/bench-results.jsonl.
 */
public final class Bench {

    static final Path DATASETS = Path.of("../shared/datasets");
    static final Path DATA = Path.of("target/bench-data");
    static final Path RESULTS = Path.of("target/bench-results.jsonl");
    static final List<String> ALL = List.of("banking77-full", "banking77-10shot", "bitext", "xsid-zh", "smp2019");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench eval NAME...|all | load | footprint | segmenters");
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "eval" -> eval(rest.contains("all") ? ALL : rest);
            case "load" -> EncoderLoad.run(rest);
            case "footprint" -> Footprint.run();
            case "segmenters" -> Segmenters.run();
            case "faults" -> ClusterFaults.run(rest);
            case "sentiment" -> SentimentBench.run(rest);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private static void eval(List<String> names) throws IOException {
        Datasets datasets = new Datasets(DATASETS, DATA);
        for (String name : names) {
            Datasets.Split split = datasets.split(name);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = EvaluationCommand.run(
                    new String[] {
                        "eval", "--train", split.train().toString(), "--test", split.test().toString(), "--lang",
                        split.language()
                    },
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    System.err);
            if (code != 0) {
                throw new IllegalStateException(name + ": evaluation failed with exit code " + code);
            }
            String json = out.toString(StandardCharsets.UTF_8).lines().toList().getLast();
            System.out.println(name + " " + json);
            record(name, json);
        }
    }

    static void record(String name, String json) throws IOException {
        Files.createDirectories(RESULTS.getParent());
        String line = "{\"bench\":\"" + name + "\",\"at\":\"" + Instant.now() + "\",\"result\":" + json + "}\n";
        Files.writeString(RESULTS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
