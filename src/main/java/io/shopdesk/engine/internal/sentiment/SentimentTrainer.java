package io.shopdesk.engine.internal.sentiment;

import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.encoder.SentenceEncoder;
import io.shopdesk.engine.internal.head.HeadTrainer;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains a {@link SentimentModel} with deeplearning4j ({@link HeadTrainer}: one small ReLU hidden layer, softmax over
 * not negative / negative) on labelled messages encoded by the language's shared encoder. The product's messages are
 * the seed files {@code engine/sentiment/seed-en.tsv} and {@code seed-zh.tsv}: one message a line, {@code neg} or
 * {@code ok}, a tab, the text.
 */
public final class SentimentTrainer {

    /** Small data, two classes: a small head, more passes than a tenant's FAQ head. */
    static final HeadTrainer.Settings SETTINGS = new HeadTrainer.Settings(64, 30, 32, 2e-3, 0.05, 0.9, 0.7, 1e-4);

    static final long SEED = 42;

    /** One labelled training message. */
    public record Example(String text, boolean negative) {}

    private SentimentTrainer() {}

    /** The seed messages of a language shipped with the product. */
    public static List<Example> seeds(MatchLanguage language) {
        String name = "engine/sentiment/seed-" + language.name().toLowerCase(Locale.ROOT) + ".tsv";
        try (InputStream in = SentimentTrainer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sentiment seed file " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static List<Example> parse(BufferedReader reader, String name) throws IOException {
        List<Example> examples = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab);
            if (!label.equals("neg") && !label.equals("ok")) {
                throw new IllegalStateException(name + " line " + number + ": expected neg or ok, a tab, the text");
            }
            examples.add(new Example(line.substring(tab + 1).strip(), label.equals("neg")));
        }
        return examples;
    }

    /** Encodes the examples (as bulk work, behind live questions) and trains the head. */
    public static SentimentModel train(MatchLanguage language, SentenceEncoder encoder, List<Example> examples) {
        List<String> texts = examples.stream()
                .map(example -> TextNormalizer.normalize(example.text(), language))
                .toList();
        float[][] x = encoder.encodeAll(texts, SentenceEncoder.Progress.NONE);
        int[] y = examples.stream()
                .mapToInt(example -> example.negative() ? SentimentModel.NEGATIVE : SentimentModel.NOT_NEGATIVE)
                .toArray();
        var head = new HeadTrainer(SETTINGS, 1).train(x, y, 2, SEED);
        return new SentimentModel(language, encoder, head);
    }
}
