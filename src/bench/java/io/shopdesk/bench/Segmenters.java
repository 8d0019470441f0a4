package io.shopdesk.bench;

import io.shopdesk.engine.internal.analysis.TermAnalyzer;
import io.shopdesk.engine.internal.analysis.TextNormalizer;
import io.shopdesk.engine.internal.lexical.Bm25Index;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For the segmentation decision (docs/adr): BM25 alone, top-1 accuracy and segmentation time per question, with
 * HanLP (our TermAnalyzer), Lucene smartcn, and character bigrams, on the Chinese benchmarks and the yunshang
 * paraphrases.
 */
final class Segmenters {

    private Segmenters() {}

    static void run() throws IOException {
        Datasets datasets = new Datasets(Bench.DATASETS, Bench.DATA);
        Map<String, Path[]> sets = new java.util.LinkedHashMap<>();
        for (String name : List.of("xsid-zh", "smp2019")) {
            Datasets.Split split = datasets.split(name);
            sets.put(name, new Path[] {split.train(), split.test()});
        }
        sets.put("yunshang", new Path[] {yunshangTrain(), Path.of("src/test/resources/paraphrases/yunshang.csv")});
        TermAnalyzer hanlp = TermAnalyzer.of(MatchLanguage.ZH);
        Analyzer smartcn = new SmartChineseAnalyzer();
        Map<String, Function<String, List<String>>> segmenters = new java.util.LinkedHashMap<>();
        segmenters.put("hanlp", hanlp::terms);
        segmenters.put("smartcn", text -> lucene(smartcn, text));
        segmenters.put("bigrams", Segmenters::bigrams);
        for (var set : sets.entrySet()) {
            List<Map<String, String>> train = Csv.read(set.getValue()[0]);
            List<Map<String, String>> test = Csv.read(set.getValue()[1]);
            test.removeIf(r -> "oos".equals(r.get("label")));
            for (var segmenter : segmenters.entrySet()) {
                String json = measure(set.getKey(), segmenter.getKey(), segmenter.getValue(), train, test);
                System.out.println("segmenters " + json);
                Bench.record("segmenters", json);
            }
        }
    }

    private static String measure(
            String set,
            String name,
            Function<String, List<String>> segment,
            List<Map<String, String>> train,
            List<Map<String, String>> test) {
        Map<String, Integer> labels = new HashMap<>();
        List<List<String>> docs = new ArrayList<>();
        int[] labelOf = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            labelOf[i] = labels.computeIfAbsent(train.get(i).get("label"), l -> labels.size());
            docs.add(segment.apply(TextNormalizer.normalize(train.get(i).get("text"), MatchLanguage.ZH)));
        }
        Bm25Index index = Bm25Index.build(docs, labelOf, labels.size());
        int right = 0;
        long nanos = 0;
        for (Map<String, String> row : test) {
            String text = TextNormalizer.normalize(row.get("text"), MatchLanguage.ZH);
            long t0 = System.nanoTime();
            List<String> terms = segment.apply(text);
            nanos += System.nanoTime() - t0;
            float[] scores = index.labelScores(terms);
            int best = 0;
            for (int l = 1; l < scores.length; l++) {
                if (scores[l] > scores[best]) {
                    best = l;
                }
            }
            Integer truth = labels.get(row.get("label"));
            if (truth != null && truth == best && scores[best] > 0) {
                right++;
            }
        }
        return String.format(
                Locale.ROOT,
                "{\"set\":\"%s\",\"segmenter\":\"%s\",\"bm25Top1\":%.4f,\"segmentMicrosPerQuestion\":%.1f}",
                set,
                name,
                (double) right / test.size(),
                nanos / 1e3 / test.size());
    }

    private static List<String> lucene(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static List<String> bigrams(String text) {
        List<String> terms = new ArrayList<>();
        int[] cps = text.codePoints().filter(Character::isLetterOrDigit).toArray();
        for (int i = 0; i < cps.length; i++) {
            terms.add(new String(cps, i, 1));
            if (i + 1 < cps.length) {
                terms.add(new String(cps, i, 2));
            }
        }
        return terms;
    }

    private static Path yunshangTrain() throws IOException {
        var root = new tools.jackson.dataformat.yaml.YAMLMapper()
                .readTree(java.nio.file.Files.readString(Path.of("tenants/yunshang/faq.yaml")));
        List<String[]> rows = new ArrayList<>();
        for (var category : root.path("categories")) {
            for (var entry : category.path("entries")) {
                String key = entry.path("key").asString();
                rows.add(new String[] {entry.path("question").asString(), key});
                for (var similar : entry.path("similar")) {
                    rows.add(new String[] {similar.asString(), key});
                }
            }
        }
        Path file = Bench.DATA.resolve("yunshang-faq.csv");
        Csv.writeTextLabel(file, rows);
        return file;
    }
}
