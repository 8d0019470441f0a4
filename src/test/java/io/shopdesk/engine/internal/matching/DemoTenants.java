package io.shopdesk.engine.internal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo tenants' FAQ (tenants/*&#47;faq.yaml) as training data, their held-out paraphrases, and one matching
 * library and one trained model per tenant shared by every test of the JVM (encoders load once).
 */
final class DemoTenants {

    private static final Map<String, TenantModel> MODELS = new ConcurrentHashMap<>();
    private static volatile DefaultMatching matching;

    record Paraphrase(String text, String label) {
        boolean outOfScope() {
            return "oos".equals(label);
        }
    }

    private DemoTenants() {}

    static synchronized DefaultMatching matching() {
        if (matching == null) {
            matching = DefaultMatching.create(MatchingSettings.defaults().withEncoderThreads(2));
        }
        return matching;
    }

    static MatchLanguage language(String tenant) {
        return "yunshang".equals(tenant) ? MatchLanguage.ZH : MatchLanguage.EN;
    }

    static TenantModel model(String tenant) {
        return MODELS.computeIfAbsent(tenant, t -> {
            try {
                return matching().train(trainingData(t), TrainingProgress.NONE);
            } catch (TrainingFailedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static TrainingData trainingData(String tenant) {
        return new TrainingData(language(tenant), examples(tenant), List.of(), 7);
    }

    /** The standard question and every similar question of each entry, labelled with the entry's key. */
    static List<Example> examples(String tenant) {
        try {
            JsonNode root = new YAMLMapper().readTree(Files.readString(Path.of("tenants", tenant, "faq.yaml")));
            List<Example> examples = new ArrayList<>();
            for (JsonNode category : root.path("categories")) {
                for (JsonNode entry : category.path("entries")) {
                    String key = entry.path("key").asString();
                    examples.add(new Example(key, entry.path("question").asString()));
                    for (JsonNode similar : entry.path("similar")) {
                        examples.add(new Example(key, similar.asString()));
                    }
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Paraphrase> paraphrases(String tenant) {
        try {
            List<String> lines = Files.readAllLines(
                    Path.of("src/test/resources/paraphrases", tenant + ".csv"), StandardCharsets.UTF_8);
            List<Paraphrase> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                String text = line.substring(0, comma);
                if (text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
                }
                out.add(new Paraphrase(text, line.substring(comma + 1).strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
