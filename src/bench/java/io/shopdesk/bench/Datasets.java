package io.shopdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the public datasets in ../shared/datasets into the evaluation format ({@code text,label}) under
 * target/bench-data. Benchmark code only: nothing here reaches the product.
 */
final class Datasets {

    static final long SEED = 42;

    private final Path source;
    private final Path target;

    Datasets(Path source, Path target) {
        this.source = source;
        this.target = target;
    }

    /** Train and test files of a benchmark, converted on first use. */
    record Split(Path train, Path test, String language) {}

    Split split(String name) throws IOException {
        return switch (name) {
            case "banking77-full" -> banking77(false);
            case "banking77-10shot" -> banking77(true);
            case "bitext" -> bitext();
            case "xsid-zh" -> xsid("zh");
            case "xsid-en" -> xsid("en");
            case "smp2019" -> smp2019();
            default -> throw new IllegalArgumentException("unknown benchmark " + name);
        };
    }

    private Split banking77(boolean tenShot) throws IOException {
        Path train = target.resolve(tenShot ? "banking77-10shot-train.csv" : "banking77-train.csv");
        Path test = target.resolve("banking77-test.csv");
        List<String[]> all = rows(source.resolve("banking77/train.csv"), "text", "category");
        Csv.writeTextLabel(test, rows(source.resolve("banking77/test.csv"), "text", "category"));
        Csv.writeTextLabel(train, tenShot ? sample(all, 10, SEED) : all);
        return new Split(train, test, "en");
    }

    private Split bitext() throws IOException {
        Path train = target.resolve("bitext-train.csv");
        Path test = target.resolve("bitext-test.csv");
        String dir = "bitext-customer-support/";
        Csv.writeTextLabel(
                train, rows(source.resolve(dir + "Bitext_Sample_Customer_Service_Training_Dataset.csv"), "utterance",
                        "intent"));
        Csv.writeTextLabel(
                test, rows(source.resolve(dir + "Bitext_Sample_Customer_Service_Testing_Dataset.csv"), "utterance",
                        "intent"));
        return new Split(train, test, "en");
    }

    /** xSID: the validation sentences train, the test sentences test (same intents in both). */
    private Split xsid(String language) throws IOException {
        Path train = target.resolve("xsid-" + language + "-train.csv");
        Path test = target.resolve("xsid-" + language + "-test.csv");
        Csv.writeTextLabel(train, conll(source.resolve("xsid/" + language + ".valid.conll")));
        Csv.writeTextLabel(test, conll(source.resolve("xsid/" + language + ".test.conll")));
        return new Split(train, test, language);
    }

    /** SMP-2019 has one file: label domain.intent, a stratified 70/30 split with the fixed seed. */
    private Split smp2019() throws IOException {
        Path train = target.resolve("smp2019-train.csv");
        Path test = target.resolve("smp2019-test.csv");
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        JsonNode root = mapper.readTree(Files.readString(source.resolve("smp2019-nlu/train.json")));
        Map<String, List<String[]>> byLabel = new LinkedHashMap<>();
        for (JsonNode item : root) {
            String intent = item.path("intent").isString() ? item.path("intent").asString() : "";
            String label = item.path("domain").asString() + (intent.isEmpty() ? "" : "." + intent);
            byLabel.computeIfAbsent(label, l -> new ArrayList<>())
                    .add(new String[] {item.path("text").asString(), label});
        }
        Random random = new Random(SEED);
        List<String[]> trainRows = new ArrayList<>();
        List<String[]> testRows = new ArrayList<>();
        for (List<String[]> rows : byLabel.values()) {
            java.util.Collections.shuffle(rows, random);
            int testCount = rows.size() < 2 ? 0 : Math.max(1, (int) Math.round(rows.size() * 0.3));
            testRows.addAll(rows.subList(0, testCount));
            trainRows.addAll(rows.subList(testCount, rows.size()));
        }
        Csv.writeTextLabel(train, trainRows);
        Csv.writeTextLabel(test, testRows);
        return new Split(train, test, "zh");
    }

    private static List<String[]> rows(Path file, String text, String label) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Map<String, String> row : Csv.read(file)) {
            rows.add(new String[] {row.get(text), row.get(label)});
        }
        return rows;
    }

    private static List<String[]> conll(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String text = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length()).strip();
            } else if (line.startsWith("# intent = ") && text != null) {
                rows.add(new String[] {text, line.substring("# intent = ".length()).strip()});
                text = null;
            }
        }
        return rows;
    }

    /** {@code perLabel} rows of every label (all of a label with fewer), drawn with the seed. */
    static List<String[]> sample(List<String[]> rows, int perLabel, long seed) {
        Map<String, List<String[]>> byLabel = new java.util.TreeMap<>();
        for (String[] row : rows) {
            byLabel.computeIfAbsent(row[1], l -> new ArrayList<>()).add(row);
        }
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (List<String[]> members : byLabel.values()) {
            List<String[]> shuffled = new ArrayList<>(members);
            java.util.Collections.shuffle(shuffled, random);
            out.addAll(shuffled.subList(0, Math.min(perLabel, shuffled.size())));
        }
        return out;
    }
}
