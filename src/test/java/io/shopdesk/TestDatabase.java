package io.shopdesk;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test JVM its own empty database. When {@code SHOPDESK_TEST_DB_URL} names a server (such as
 * {@code jdbc:mariadb://127.0.0.1:3306/} in CI) a fresh database is created there and dropped at exit; otherwise
 * the embedded MariaDB is started in a temporary directory. Runs just before {@link EmbeddedDatabase}. A test
 * context with another configuration (such as the Keycloak mode) names its own database with the property
 * {@code shopdesk.test-db.suffix}, so two contexts in one JVM never share rows.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    static final String ENVIRONMENT_VARIABLE = "SHOPDESK_TEST_DB_URL";
    private static final Pattern SERVER_URL = Pattern.compile("jdbc:(mariadb|mysql)://[^/?]+/?");
    static final String SUFFIX = "shopdesk.test-db.suffix";
    private static final Pattern SUFFIX_VALUE = Pattern.compile("[a-z0-9]{1,16}");
    private static final String DATABASE =
            "shopdesk_test_" + ProcessHandle.current().pid();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String database = databaseName(environment.getProperty(SUFFIX, ""));
        String server = System.getenv(ENVIRONMENT_VARIABLE);
        if (server == null || server.isBlank()) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "shopdesk-test-db",
                            Map.of(
                                    "shopdesk.embedded-db.temporary",
                                    "true",
                                    "shopdesk.embedded-db.database",
                                    database)));
            return;
        }
        if (!SERVER_URL.matcher(server).matches()) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must name a server, such as "
                    + "jdbc:mariadb://127.0.0.1:3306/ (no database): " + server);
        }
        String base = server.endsWith("/") ? server : server + "/";
        String user = System.getenv().getOrDefault("SHOPDESK_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("SHOPDESK_TEST_DB_PASSWORD", "");
        createOnce(base, user, password, database);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "shopdesk-test-db",
                        Map.of(
                                "spring.datasource.url", base + database,
                                "spring.datasource.username", user,
                                "spring.datasource.password", password)));
    }

    private static String databaseName(String suffix) {
        if (suffix.isEmpty()) {
            return DATABASE;
        }
        if (!SUFFIX_VALUE.matcher(suffix).matches()) {
            throw new IllegalArgumentException(SUFFIX + " must be 1-16 lower-case letters or digits: " + suffix);
        }
        return DATABASE + "_" + suffix;
    }

    private static synchronized void createOnce(String base, String user, String password, String database) {
        if (!CREATED.add(database)) {
            return;
        }
        execute(
                base,
                user,
                password,
                "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> execute(base, user, password, "DROP DATABASE IF EXISTS " + database)));
    }

    private static void execute(String base, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(base, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed on " + base, e);
        }
    }
}
