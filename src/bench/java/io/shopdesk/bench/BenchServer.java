package io.shopdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The ShopDesk server under test: either one already running ({@code bench.url}), or the packaged jar started as a
 * child process on a free loopback port with its own database (embedded; or a fresh one created on the server
 * {@code bench.db-server} and dropped afterwards; or {@code bench.db-url}), chat rate limits
 * lifted for the load, and the metrics endpoint open so the benchmark can read the heap.
 */
final class BenchServer implements AutoCloseable {

    private static final Pattern JCMD_USED = Pattern.compile("heap.*?used (\\d+)K");
    private static final Pattern HEAP_VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)");

    private final String baseUrl;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private final String dbServer;
    private final String database;

    private BenchServer(String baseUrl, Process process, String dbServer, String database) {
        this.baseUrl = baseUrl;
        this.process = process;
        this.dbServer = dbServer;
        this.database = database;
    }

    private static void execute(String server, String sql) {
        try (var connection = java.sql.DriverManager.getConnection(
                        server,
                        System.getProperty("bench.db-user", "root"),
                        System.getProperty("bench.db-password", ""));
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server, e);
        }
    }

    static BenchServer startOrConnect() throws Exception {
        String url = System.getProperty("bench.url", "");
        if (!url.isBlank()) {
            return new BenchServer(url.replaceAll("/$", ""), null, null, null);
        }
        Path jar = Path.of(System.getProperty("bench.jar", "target/shopdesk.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests package)");
        }
        int port = Integer.getInteger("bench.port", freePort());
        Path dataDir = Files.createTempDirectory("shopdesk-bench-data-");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("bench.server-jvm", "-Xmx2g").split(" ")));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--shopdesk.embedded-db.data-dir=" + dataDir,
                "--shopdesk.chat.rate-limit.tenant-per-second=1000000",
                "--shopdesk.chat.rate-limit.tenant-burst=1000000",
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--logging.level.root=WARN"));
        String dbUrl = System.getProperty("bench.db-url", "");
        String dbServer = System.getProperty("bench.db-server", "");
        String database = null;
        if (dbUrl.isBlank() && !dbServer.isBlank()) {
            database = "shopdesk_bench_" + ProcessHandle.current().pid();
            execute(dbServer, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            dbUrl = (dbServer.endsWith("/") ? dbServer : dbServer + "/") + database;
        }
        if (!dbUrl.isBlank()) {
            command.add("--spring.datasource.url=" + dbUrl);
            command.add("--spring.datasource.username=" + System.getProperty("bench.db-user", "root"));
            command.add("--spring.datasource.password=" + System.getProperty("bench.db-password", ""));
        }
        String extra = System.getProperty("bench.server-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.split(" ")));
        }
        Path log = Files.createTempFile("shopdesk-bench-server-", ".log");
        System.out.println("Starting " + jar + " on port " + port + " (log: " + log + ")");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var server = new BenchServer("http://127.0.0.1:" + port, process, dbServer, database);
        try {
            server.awaitHealthy(Duration.ofMinutes(Long.getLong("bench.start-minutes", 10)));
        } catch (RuntimeException | InterruptedException failed) {
            server.close();
            throw failed;
        }
        return server;
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not become healthy within " + timeout);
    }

    /**
     * Heap in use now (bytes): from {@code jcmd GC.heap_info} for our own child process, else from the server's
     * metrics endpoint (which must be reachable without signing in).
     */
    OptionalLong heapUsed() {
        if (process != null) {
            return jcmdHeapUsed(process);
        }
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var matcher = HEAP_VALUE.matcher(response.body());
            return response.statusCode() == 200 && matcher.find()
                    ? OptionalLong.of((long) Double.parseDouble(matcher.group(1)))
                    : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** Heap in use (bytes) of a JVM child process, from {@code jcmd GC.heap_info}. */
    static OptionalLong jcmdHeapUsed(Process process) {
        try {
            var jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                            Long.toString(process.pid()),
                            "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor();
            var used = JCMD_USED.matcher(output);
            return used.find() ? OptionalLong.of(Long.parseLong(used.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The server process's resident memory (bytes) when it is our child on Linux. */
    OptionalLong residentMemory() {
        if (process == null) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process is gone.
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (database != null) {
            execute(dbServer, "DROP DATABASE IF EXISTS " + database);
        }
    }
}
