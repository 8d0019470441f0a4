package io.shopdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A real Keycloak 26 for the tests of the Keycloak login mode: the {@code keycloak-quarkus-dist} zip that Maven
 * unpacks into {@code target/} (pre-integration-test), started once per test JVM with {@code kc.sh start-dev}, an
 * in-memory database and the realm {@code src/test/resources/keycloak/shopdesk-realm.json}, on free ports. It
 * stops when the JVM exits; a server left over by a killed run (its pid is in {@code target/keycloak-it.pid}) is
 * stopped before a new one starts. The log goes to {@code target/keycloak-it.log}.
 */
public final class KeycloakServer {

    public static final String REALM = "shopdesk";
    public static final String CLIENT_ID = "shopdesk-console";
    public static final String SCRIPT_CLIENT_ID = "shopdesk-cli";

    private static final Path TARGET = Paths.get("target");
    private static final Path PID_FILE = TARGET.resolve("keycloak-it.pid");
    private static final Path LOG_FILE = TARGET.resolve("keycloak-it.log");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(8);
    private static KeycloakServer instance;

    private final Process process;
    private final int port;
    private final int appPort;
    private final String clientSecret;
    private final Keycloak admin;

    private KeycloakServer(Process process, int port, int appPort, String clientSecret) {
        this.process = process;
        this.port = port;
        this.appPort = appPort;
        this.clientSecret = clientSecret;
        this.admin = KeycloakBuilder.builder()
                .serverUrl(url())
                .realm(REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(CLIENT_ID)
                .clientSecret(clientSecret)
                .build();
    }

    /** The server of this JVM, started on first use (1-3 minutes). */
    public static synchronized KeycloakServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "keycloak-stop"));
        }
        return instance;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The port the application under test must listen on: the realm's redirect URIs name it. */
    public int appPort() {
        return appPort;
    }

    public String appUrl() {
        return "http://localhost:" + appPort;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The realm through the admin API, with the application's own service account. */
    public RealmResource realm() {
        return admin.realm(REALM);
    }

    private static KeycloakServer start() {
        Path home = Paths.get(System.getProperty(
                        "shopdesk.keycloak.home",
                        TARGET.resolve("keycloak-26.7.3").toString()))
                .toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak in " + home
                    + ": run the tests with ./mvnw verify, which unpacks org.keycloak:keycloak-quarkus-dist there");
        }
        stopLeftOver();
        int port = freePort();
        int managementPort = freePort();
        int appPort = freePort();
        String secret = "it-" + UUID.randomUUID();
        try {
            Path imports = home.resolve("data/import");
            FileSystemUtils.deleteRecursively(imports);
            Files.createDirectories(imports);
            try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/shopdesk-realm.json")) {
                Files.copy(realm, imports.resolve("shopdesk-realm.json"));
            }
            var command = new ProcessBuilder(
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--db=dev-mem",
                            "--http-port=" + port,
                            "--http-management-port=" + managementPort,
                            "--import-realm",
                            "--health-enabled=true")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG_FILE.toFile());
            Map<String, String> environment = command.environment();
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            environment.put("SHOPDESK_URL", "http://localhost:" + appPort);
            environment.put("SHOPDESK_CLIENT_SECRET", secret);
            long started = System.nanoTime();
            Process process = command.start();
            Files.writeString(PID_FILE, Long.toString(process.pid()));
            var server = new KeycloakServer(process, port, appPort, secret);
            try {
                awaitReady(process, managementPort);
            } catch (RuntimeException notReady) {
                server.stop();
                throw notReady;
            }
            System.out.printf(
                    "Keycloak ready on %s after %d s (log: %s)%n",
                    server.url(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), LOG_FILE);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process process, int managementPort) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(2));
        }
        throw new IllegalStateException("Keycloak was not ready after " + READY_TIMEOUT + ":\n" + logTail());
    }

    /** Stops the server and everything it started (kc.sh runs Keycloak's JVM as a child). */
    synchronized void stop() {
        admin.close();
        var tree = new ArrayList<ProcessHandle>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(PID_FILE);
        } catch (IOException ignored) {
            // the next start checks the pid anyway
        }
    }

    private static void stopLeftOver() {
        try {
            if (!Files.exists(PID_FILE)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(PID_FILE).strip());
            ProcessHandle.of(pid)
                    .filter(handle -> handle.info().commandLine().orElse("").contains("kc.sh"))
                    .ifPresent(handle -> {
                        handle.descendants().forEach(ProcessHandle::destroyForcibly);
                        handle.destroyForcibly();
                    });
            Files.delete(PID_FILE);
        } catch (IOException | NumberFormatException e) {
            // nothing usable left over
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logTail() {
        try {
            var lines = Files.readAllLines(LOG_FILE, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Points the application context at this JVM's Keycloak (starting it first): the realm's URL, the client
     * secret, and the HTTP port the realm's redirect URIs expect.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var server = get();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "shopdesk-keycloak-it",
                            Map.of(
                                    "server.port", Integer.toString(server.appPort()),
                                    "shopdesk.keycloak.url", server.url(),
                                    "shopdesk.keycloak.client-secret", server.clientSecret())));
        }
    }
}
