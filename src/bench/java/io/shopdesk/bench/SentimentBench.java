package io.shopdesk.bench;

import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.encoder.SentenceEncoder;
import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import io.shopdesk.engine.internal.sentiment.SentimentModel;
import io.shopdesk.engine.internal.sentiment.SentimentTrainer;
import io.shopdesk.engine.internal.sentiment.SentimentTrainer.Example;
import io.shopdesk.handoff.internal.WordListSentimentScorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.zip.ZipFile;

/**
 * The sentiment model against the word lists (docs/benchmarks.md, "Sentiment"): the Chinese model on a held-out
 * sample of online-shopping-10-cats (label 0 = negative), the English model on the labelled check set of the tests;
 * training time, the cost of one score on the hot path (the encoder's cache already holds the message) and cold.
 * {@code sentiment [SAMPLE] [EXPERIMENT_TRAIN]}: sample size (2,000), and the number of other review rows added to
 * the seed messages in the benchmark-only experiment (2,000; 0 skips it).
 */
final class SentimentBench {

    private static final WordListSentimentScorer WORDS = new WordListSentimentScorer();

    private SentimentBench() {}

    static void run(List<String> args) throws IOException {
        int sample = args.isEmpty() ? 2000 : Integer.parseInt(args.get(0));
        int extra = args.size() < 2 ? 2000 : Integer.parseInt(args.get(1));
        try (DefaultMatching matching =
                DefaultMatching.create(MatchingSettings.defaults().withEncoderThreads(1))) {
            StringBuilder json = new StringBuilder("{");
            List<Example> reviews = reviews();
            Collections.shuffle(reviews, new Random(42));
            List<Example> test = reviews.subList(0, sample);

            SentimentModel zh = timedTraining(matching, MatchLanguage.ZH, SentimentTrainer.seeds(MatchLanguage.ZH), json);
            json.append(evaluate("zh-reviews", test, zh));
            json.append(costs(zh, test));

            SentimentModel en = timedTraining(matching, MatchLanguage.EN, SentimentTrainer.seeds(MatchLanguage.EN), json);
            json.append(evaluate("en-check", englishCheck(), en));

            if (extra > 0) {
                List<Example> train = new ArrayList<>(SentimentTrainer.seeds(MatchLanguage.ZH));
                train.addAll(reviews.subList(sample, sample + extra));
                long started = System.nanoTime();
                SentimentModel tuned = SentimentTrainer.train(MatchLanguage.ZH, matching.encoder(MatchLanguage.ZH), train);
                System.out.printf(Locale.ROOT, "experiment: seeds + %d review rows trained in %d ms%n", extra, ms(started));
                json.append(evaluate("zh-reviews-experiment-" + extra, test, tuned));
            }
            json.setLength(json.length() - 1);
            json.append('}');
            Bench.record("sentiment", json.toString());
        }
    }

    private static SentimentModel timedTraining(
            DefaultMatching matching, MatchLanguage language, List<Example> seeds, StringBuilder json) {
        long started = System.nanoTime();
        SentenceEncoder encoder = matching.encoder(language);
        encoder.encode("hello");
        long load = ms(started);
        started = System.nanoTime();
        encoder.encodeAll(
                seeds.stream().map(e -> TextNormalizer.normalize(e.text(), language)).toList(),
                SentenceEncoder.Progress.NONE);
        long encode = ms(started);
        started = System.nanoTime();
        SentimentModel model = SentimentTrainer.train(language, encoder, seeds);
        long train = ms(started);
        System.out.printf(
                Locale.ROOT,
                "%s: encoder load %d ms; %d seed messages: encoding %d ms, encoding + DL4J training %d ms%n",
                language,
                load,
                seeds.size(),
                encode,
                train);
        json.append(String.format(
                Locale.ROOT,
                "\"%s-train\":{\"messages\":%d,\"encoderLoadMs\":%d,\"encodeMs\":%d,\"trainMs\":%d},",
                language.name().toLowerCase(Locale.ROOT),
                seeds.size(),
                load,
                encode,
                train));
        return model;
    }

    private static String evaluate(String name, List<Example> data, SentimentModel model) {
        double[] byModel = scores(data, model::negativity);
        double[] byWords = scores(data, WORDS::negativity);
        double[] byMax = new double[data.size()];
        for (int i = 0; i < byMax.length; i++) {
            byMax[i] = Math.max(byModel[i], byWords[i]);
        }
        StringBuilder json = new StringBuilder("\"" + name + "\":{\"rows\":" + data.size() + ",\"negative\":"
                + data.stream().filter(Example::negative).count());
        for (var scorer : List.of(
                new Scored("model", byModel), new Scored("wordList", byWords), new Scored("max", byMax))) {
            Metrics m = Metrics.of(data, scorer.scores(), 0.5);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %-9s accuracy %.3f  negative P %.3f R %.3f F1 %.3f  AUC %.3f%n",
                    name,
                    scorer.name(),
                    m.accuracy(),
                    m.precision(),
                    m.recall(),
                    m.f1(),
                    m.auc());
            json.append(String.format(
                    Locale.ROOT,
                    ",\"%s\":{\"accuracy\":%.4f,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"auc\":%.4f}",
                    scorer.name(),
                    m.accuracy(),
                    m.precision(),
                    m.recall(),
                    m.f1(),
                    m.auc()));
        }
        return json.append("},").toString();
    }

    /** Per call: cold (encoder pass), then warm (the message is in the encoder's cache, as after the bot answered). */
    private static String costs(SentimentModel model, List<Example> data) {
        List<String> texts = data.stream().map(Example::text).toList();
        List<String> fresh = texts.stream().map(t -> t + " 。").toList();
        long started = System.nanoTime();
        fresh.forEach(model::negativity);
        double cold = (System.nanoTime() - started) / 1e3 / texts.size();
        double warm = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            started = System.nanoTime();
            fresh.forEach(model::negativity);
            warm = Math.min(warm, (System.nanoTime() - started) / 1e3 / texts.size());
        }
        double words = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            started = System.nanoTime();
            texts.forEach(WORDS::negativity);
            words = Math.min(words, (System.nanoTime() - started) / 1e3 / texts.size());
        }
        System.out.printf(
                Locale.ROOT,
                "cost per call (zh reviews): model cold %.0f us, model warm (cached embedding) %.1f us, word list %.1f us%n",
                cold,
                warm,
                words);
        return String.format(
                Locale.ROOT, "\"costUs\":{\"modelCold\":%.1f,\"modelWarm\":%.2f,\"wordList\":%.2f},", cold, warm, words);
    }

    private static double[] scores(List<Example> data, ToDoubleFunction<String> scorer) {
        return data.stream().mapToDouble(e -> scorer.applyAsDouble(e.text())).toArray();
    }

    private static List<Example> reviews() throws IOException {
        Path zip = Bench.DATASETS.resolve("online-shopping-10-cats/online_shopping_10_cats.zip");
        Path csv = Bench.DATA.resolve("online_shopping_10_cats.csv");
        if (!Files.exists(csv)) {
            Files.createDirectories(Bench.DATA);
            try (ZipFile file = new ZipFile(zip.toFile());
                    InputStream in = file.getInputStream(file.getEntry("online_shopping_10_cats.csv"))) {
                Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<Example> rows = new ArrayList<>();
        for (var row : Csv.read(csv)) {
            String review = row.getOrDefault("review", "").replace("\uFEFF", "").strip();
            if (!review.isEmpty()) {
                rows.add(new Example(review, "0".equals(row.get("label").strip())));
            }
        }
        return rows;
    }

    private static List<Example> englishCheck() throws IOException {
        try (InputStream in = SentimentBench.class.getClassLoader().getResourceAsStream("engine/sentiment/english-check.tsv")) {
            List<Example> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    rows.add(new Example(line.substring(tab + 1), line.startsWith("neg")));
                }
            }
            return rows;
        }
    }

    private static long ms(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private record Scored(String name, double[] scores) {}

    private record Metrics(double accuracy, double precision, double recall, double f1, double auc) {

        static Metrics of(List<Example> data, double[] scores, double threshold) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean predicted = scores[i] >= threshold && scores[i] > 0;
                boolean actual = data.get(i).negative();
                if (predicted && actual) tp++;
                else if (predicted) fp++;
                else if (actual) fn++;
                else tn++;
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Metrics((double) (tp + tn) / scores.length, precision, recall, f1, auc(data, scores));
        }

        /** The probability that a random negative row scores above a random other row (ties count half). */
        private static double auc(List<Example> data, double[] scores) {
            double wins = 0;
            long pairs = 0;
            for (int i = 0; i < scores.length; i++) {
                if (!data.get(i).negative()) {
                    continue;
                }
                for (int j = 0; j < scores.length; j++) {
                    if (data.get(j).negative()) {
                        continue;
                    }
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
            return pairs == 0 ? 0 : wins / pairs;
        }
    }
}
