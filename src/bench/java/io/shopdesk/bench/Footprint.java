package io.shopdesk.bench;

import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import io.shopdesk.engine.internal.matching.Prediction;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.engine.internal.matching.TrainingData;
import io.shopdesk.engine.internal.matching.TrainingProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Memory of a resident tenant with 1,000 similar questions (the model's own estimate, and the measured heap growth
 * of 20 copies read from bytes), the time to add an entry without retraining, and the retraining time of a tenant
 * with 10,000 questions (BANKING77 full training set).
 */
final class Footprint {

    private static final int COPIES = 20;

    private Footprint() {}

    static void run() throws Exception {
        Datasets.Split full = new Datasets(Bench.DATASETS, Bench.DATA).split("banking77-full");
        List<Example> all = new ArrayList<>();
        for (Map<String, String> row : Csv.read(full.train())) {
            all.add(new Example(row.get("label"), row.get("text")));
        }
        List<Example> thousand = new ArrayList<>();
        for (String[] row : Datasets.sample(all.stream().map(e -> new String[] {e.text(), e.label()}).toList(), 13, 7)) {
            if (thousand.size() < 1000) {
                thousand.add(new Example(row[1], row[0]));
            }
        }
        try (DefaultMatching matching = DefaultMatching.create(MatchingSettings.defaults())) {
            TenantModel model = matching.train(
                    new TrainingData(MatchLanguage.EN, thousand, List.of(), 42), TrainingProgress.NONE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.writeTo(bytes);
            long before = usedHeapAfterGc();
            List<TenantModel> copies = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                copies.add(matching.read(new ByteArrayInputStream(bytes.toByteArray())));
            }
            long measured = (usedHeapAfterGc() - before) / COPIES;
            copies.forEach(c -> c.predict("hello"));

            long t0 = System.nanoTime();
            TenantModel added = model.withExamples(List.of(
                    new Example("gift-wrapping", "Can you gift wrap my order?"),
                    new Example("gift-wrapping", "do you offer gift wrapping"),
                    new Example("gift-wrapping", "I'd like this wrapped as a present")));
            Prediction answer = added.predict("is gift wrapping available for my parcel");
            double addMs = (System.nanoTime() - t0) / 1e6;

            long t1 = System.nanoTime();
            TenantModel large = matching.train(
                    new TrainingData(MatchLanguage.EN, all, List.of(), 42), TrainingProgress.NONE);
            double retrainSeconds = (System.nanoTime() - t1) / 1e9;

            String json = String.format(
                    Locale.ROOT,
                    "{\"examples\":%d,\"memoryBytesEstimate\":%d,\"memoryBytesMeasured\":%d,\"modelBytes\":%d,"
                            + "\"addEntryMs\":%.1f,\"addedEntryAnswered\":\"%s\",\"addedEntryConfidence\":%.3f,"
                            + "\"retrainExamples\":%d,\"retrainSeconds\":%.1f,\"retrainMemoryBytes\":%d}",
                    thousand.size(),
                    model.memoryBytes(),
                    measured,
                    bytes.size(),
                    addMs,
                    answer.candidates().getFirst().label(),
                    answer.confidence(),
                    all.size(),
                    retrainSeconds,
                    large.memoryBytes());
            System.out.println("footprint " + json);
            Bench.record("footprint", json);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
