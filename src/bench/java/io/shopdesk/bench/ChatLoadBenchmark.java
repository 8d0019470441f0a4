package io.shopdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Load benchmark of the chat API over HTTP on loopback: opens {@code bench.conversations} conversations (2,000) on
 * the two demo tenants' widget channels, each following its live stream (SSE) like an open widget, then sends
 * messages at a fixed offered rate for {@code bench.seconds} after a warm-up, in two runs: every question new
 * ({@code bench.rate.new}, 150/s) and questions repeating with a Zipf distribution (s = 1) over the test set
 * ({@code bench.rate.repeat}, 500/s). Reports answered messages/s, p50/p99 latency (from the moment a message was
 * due, so a stalled server cannot hide its queue), errors, replies delivered over the streams, and the server's
 * heap. Run with {@code ./mvnw -Pbench -DskipTests verify} (see docs/benchmarks.md).
 */
public final class ChatLoadBenchmark {

    static final String YUNSHANG_KEY = "sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign";
    static final String BRIGHTWAVE_KEY = "sdpk_brightwavedm_DemoKeyOfTheBrightwaveShopPage-PublicDesign";
    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");
    private static final Pattern REPLY_KIND =
            Pattern.compile("\"author\":\"(?:BOT|SYSTEM)\",\"kind\":\"([A-Z]+)\"");

    private final String api;
    private final HttpClient http;
    private final HttpClient streams;
    private final Map<String, Questions> questions;
    private final List<Conversation> conversations = new ArrayList<>();
    private final AtomicLong streamedReplies = new AtomicLong();
    private final AtomicInteger streamsOpened = new AtomicInteger();
    private final AtomicInteger streamsFailed = new AtomicInteger();

    private record Conversation(String id, String tenant, String key) {}

    private ChatLoadBenchmark(String baseUrl) throws IOException {
        this.api = baseUrl + "/api/chat/v1";
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.streams = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
        this.questions = Map.of("yunshang", Questions.of("yunshang"), "brightwave", Questions.of("brightwave"));
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.conversations", 2000);
        double rateNew = Double.parseDouble(System.getProperty("bench.rate.new", "150"));
        double rateRepeat = Double.parseDouble(System.getProperty("bench.rate.repeat", "500"));
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
        var warmup = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 20));
        boolean withStreams = Boolean.parseBoolean(System.getProperty("bench.streams", "true"));
        String modes = System.getProperty("bench.modes", "new,repeat");
        var report = new ArrayList<String>();
        try (var server = BenchServer.startOrConnect()) {
            var bench = new ChatLoadBenchmark(server.baseUrl());
            if (!modes.isBlank()) {
                bench.awaitAnswers(Duration.ofMinutes(10));
            }
            bench.open(count, withStreams);
            Thread.sleep(3000);
            System.out.printf(Locale.ROOT, "With %d conversations open: heap %d MiB, RSS %d MiB%n", count,
                    server.heapUsed().orElse(0) >> 20, server.residentMemory().orElse(0) >> 20);
            for (String mode : modes.isBlank() ? new String[0] : modes.split(",")) {
                boolean fresh = mode.strip().equals("new");
                double rate = fresh ? rateNew : rateRepeat;
                System.out.printf(Locale.ROOT, "Warm-up: %s questions at %.0f/s for %ss%n", mode, rate,
                        warmup.toSeconds());
                bench.run(fresh, rate, warmup, server);
                System.out.printf(Locale.ROOT, "Measuring: %s questions at %.0f/s for %ss%n", mode, rate,
                        measured.toSeconds());
                var result = bench.run(fresh, rate, measured, server);
                System.out.println(result.describe());
                report.add(result.markdownRow());
            }
        }
        var lines = new ArrayList<String>();
        lines.add("Chat load benchmark, " + Instant.now() + ", " + count + " conversations, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        lines.add(Result.MARKDOWN_HEADER);
        lines.addAll(report);
        Path out = Path.of("target", "bench", "chat-load.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.forEach(System.out::println);
        System.exit(0);
    }

    /** Waits until the engine answers the demo tenants (models may still be training after start-up). */
    private void awaitAnswers(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String probe = null;
        while (System.nanoTime() < deadline) {
            String conversation = start(BRIGHTWAVE_KEY);
            var reply = send(BRIGHTWAVE_KEY, conversation, "How much does shipping cost?");
            probe = reply.statusCode() + " " + reply.body();
            if (reply.statusCode() == 201 && reply.body().contains("\"kind\":\"ANSWER\"")) {
                return;
            }
            Thread.sleep(5000);
        }
        throw new IllegalStateException("The bot does not answer yet: " + probe);
    }

    private void open(int count, boolean withStreams) throws Exception {
        long begin = System.nanoTime();
        var permits = new Semaphore(64);
        var failures = new AtomicInteger();
        var opened = new ConcurrentHashMap<Integer, Conversation>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < count; i++) {
            int index = i;
            permits.acquire();
            threads.add(Thread.startVirtualThread(() -> {
                try {
                    boolean zh = index % 2 == 0;
                    String key = zh ? YUNSHANG_KEY : BRIGHTWAVE_KEY;
                    opened.put(index, new Conversation(start(key), zh ? "yunshang" : "brightwave", key));
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    permits.release();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " conversations could not be started");
        }
        for (int i = 0; i < count; i++) {
            conversations.add(opened.get(i));
        }
        System.out.printf(Locale.ROOT, "Started %d conversations in %.1f s%n", count,
                (System.nanoTime() - begin) / 1e9);
        if (withStreams) {
            for (Conversation conversation : conversations) {
                follow(conversation);
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (streamsOpened.get() + streamsFailed.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            System.out.printf(Locale.ROOT, "Following %d live streams (%d refused) after %.1f s%n",
                    streamsOpened.get(), streamsFailed.get(), (System.nanoTime() - begin) / 1e9);
        }
    }

    private void follow(Conversation conversation) {
        var request = HttpRequest.newBuilder(URI.create(api + "/conversations/" + conversation.id() + "/stream?key="
                        + conversation.key() + "&after=1"))
                .header("Accept", "text/event-stream")
                .build();
        streams.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        streamsFailed.incrementAndGet();
                        return;
                    }
                    streamsOpened.incrementAndGet();
                    Thread.startVirtualThread(() -> response.body().forEach(line -> {
                        if (line.startsWith("data:") && REPLY_KIND.matcher(line).find()) {
                            streamedReplies.incrementAndGet();
                        }
                    }));
                });
    }

    private Result run(boolean fresh, double rate, Duration length, BenchServer server) throws Exception {
        int total = (int) Math.round(rate * length.toSeconds());
        long interval = (long) (1e9 / rate);
        long[] latencies = new long[total];
        var done = new AtomicInteger();
        var answered = new AtomicInteger();
        var errors = new AtomicInteger();
        var errorSamples = new ConcurrentHashMap<String, AtomicInteger>();
        var kinds = new ConcurrentHashMap<String, AtomicInteger>();
        long streamedBefore = streamedReplies.get();
        long maxHeap = 0;
        long nextHeapCheck = System.nanoTime();
        var random = new SplittableRandom(fresh ? 11 : 13);
        long begin = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = begin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            var conversation = conversations.get(i % conversations.size());
            var source = questions.get(conversation.tenant());
            String question = fresh ? source.fresh(random) : source.repeated(random);
            int slot = i;
            Thread.startVirtualThread(() -> {
                try {
                    var reply = send(conversation.key(), conversation.id(), question);
                    latencies[slot] = System.nanoTime() - due;
                    var kind = REPLY_KIND.matcher(reply.body());
                    if (reply.statusCode() == 201 && kind.find()) {
                        answered.incrementAndGet();
                        kinds.computeIfAbsent(kind.group(1), k -> new AtomicInteger()).incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        errorSamples.computeIfAbsent("HTTP " + reply.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                } catch (Exception e) {
                    latencies[slot] = System.nanoTime() - due;
                    errors.incrementAndGet();
                    errorSamples.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                            .incrementAndGet();
                } finally {
                    done.incrementAndGet();
                }
            });
            if (System.nanoTime() >= nextHeapCheck) {
                maxHeap = Math.max(maxHeap, server.heapUsed().orElse(0));
                nextHeapCheck = System.nanoTime() + 1_000_000_000L;
            }
        }
        long sendingEnded = System.nanoTime();
        while (done.get() < total && System.nanoTime() - sendingEnded < 30_000_000_000L) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Thread.sleep(2000);
        maxHeap = Math.max(maxHeap, server.heapUsed().orElse(0));
        long[] sorted = Arrays.copyOf(latencies, done.get());
        Arrays.sort(sorted);
        return new Result(
                fresh ? "new" : "repeat (Zipf s=1)",
                rate,
                total,
                answered.get(),
                errors.get() + (total - done.get()),
                answered.get() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                Map.copyOf(kinds),
                Map.copyOf(errorSamples),
                streamedReplies.get() - streamedBefore,
                maxHeap,
                server.residentMemory().orElse(0));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Starts a conversation; a busy node's 503 or 429 is retried after its Retry-After, as the widget does. */
    private String start(String key) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(api + "/conversations"))
                .header("X-ShopDesk-Channel-Key", key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int retry = 0; retry < 10 && (response.statusCode() == 503 || response.statusCode() == 429); retry++) {
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Math.max(1, seconds) * 1000);
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        var id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Start failed: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    private HttpResponse<String> send(String key, String conversation, String text)
            throws IOException, InterruptedException {
        String body = "{\"clientMessageId\":\"" + java.util.UUID.randomUUID() + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return http.send(
                HttpRequest.newBuilder(URI.create(api + "/conversations/" + conversation + "/messages"))
                        .header("X-ShopDesk-Channel-Key", key)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Result(
            String mode,
            double offered,
            int sent,
            int answered,
            int errors,
            double answeredPerSecond,
            double p50,
            double p99,
            double max,
            Map<String, AtomicInteger> kinds,
            Map<String, AtomicInteger> errorSamples,
            long streamed,
            long maxHeap,
            long rss) {

        static final String MARKDOWN_HEADER = "| questions | offered/s | sent | answered/s | p50 ms | p99 ms | max ms"
                + " | errors | replies streamed | max heap MiB | RSS MiB | replies |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|";

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s: offered %.0f/s, sent %d, answered %d (%.1f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                            + " errors %d %s, replies streamed %d, max heap %d MiB, RSS %d MiB, replies %s",
                    mode, offered, sent, answered, answeredPerSecond, p50, p99, max, errors, errorSamples,
                    streamed, maxHeap >> 20, rss >> 20, kinds);
        }

        String markdownRow() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %s |",
                    mode, offered, sent, answeredPerSecond, p50, p99, max, errors, streamed, maxHeap >> 20,
                    rss >> 20, kinds);
        }
    }
}
