package io.shopdesk.bench;

import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.engine.internal.matching.TrainingData;
import io.shopdesk.engine.internal.matching.TrainingProgress;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many concurrent callers asking one tenant questions it has never seen (no cache): answered questions per second,
 * latency, and process CPU per question, with and without micro-batching. The tenant is BANKING77 10-shot (770
 * examples, 77 labels); questions are the 3,080 distinct BANKING77 test questions.
 */
final class EncoderLoad {

    private static final int QUESTIONS = 3000;

    private EncoderLoad() {}

    static void run(List<String> args) throws Exception {
        Datasets.Split split = new Datasets(Bench.DATASETS, Bench.DATA).split("banking77-10shot");
        List<Example> examples = new ArrayList<>();
        for (Map<String, String> row : Csv.read(split.train())) {
            examples.add(new Example(row.get("label"), row.get("text")));
        }
        List<String> questions = Csv.read(split.test()).stream().map(r -> r.get("text")).toList();
        int[] concurrency = args.isEmpty()
                ? new int[] {1, 2, 8, 32, 200}
                : args.stream().mapToInt(Integer::parseInt).toArray();
        for (int maxBatch : new int[] {1, 8}) {
            MatchingSettings settings = MatchingSettings.defaults().withCacheSize(0).withMaxBatch(maxBatch);
            try (DefaultMatching matching = DefaultMatching.create(settings)) {
                TenantModel model = matching.train(
                        new TrainingData(MatchLanguage.EN, examples, List.of(), 42), TrainingProgress.NONE);
                for (int i = 0; i < 200; i++) {
                    model.predict(questions.get(i) + " now");
                }
                for (int callers : concurrency) {
                    String json = measure(model, questions, callers, maxBatch);
                    System.out.println("load " + json);
                    Bench.record("load", json);
                }
            }
        }
    }

    private static String measure(TenantModel model, List<String> questions, int callers, int maxBatch)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[QUESTIONS];
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int c = 0; c < callers; c++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < QUESTIONS; ) {
                        long start = System.nanoTime();
                        model.predict(questions.get(i % questions.size()));
                        latencies[i] = System.nanoTime() - start;
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (cpu() - cpu0) / 1e6 / QUESTIONS;
        Arrays.sort(latencies);
        return String.format(
                Locale.ROOT,
                "{\"maxBatch\":%d,\"callers\":%d,\"questionsPerSecond\":%.1f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,"
                        + "\"cpuMsPerQuestion\":%.2f,\"cores\":%d}",
                maxBatch,
                callers,
                QUESTIONS / seconds,
                latencies[QUESTIONS / 2] / 1e6,
                latencies[(int) (QUESTIONS * 0.99)] / 1e6,
                cpuMs,
                Runtime.getRuntime().availableProcessors());
    }

    static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
