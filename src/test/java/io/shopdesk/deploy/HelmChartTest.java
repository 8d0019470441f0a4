package io.shopdesk.deploy;

import static io.shopdesk.deploy.RenderedChart.RELEASE;
import static io.shopdesk.deploy.RenderedChart.render;
import static io.shopdesk.deploy.RenderedChart.renderProduction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Helm chart under {@code helm/shopdesk}, linted and rendered with helm-java (Helm's own Go code, no cluster):
 * what a cluster operator gets with the default values and with {@code values-production.yaml}.
 */
class HelmChartTest {

    private static final Map<String, Object> NONE = Map.of();

    @Test
    void chart_passes_helm_lint_in_strict_mode() {
        var result = new Helm(RenderedChart.CHART).lint().strict().call();

        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @Test
    void default_values_render_one_pod_on_the_embedded_database_without_autoscaler_or_budget() {
        var chart = render(NONE);

        assertThat(chart.kinds()).containsExactly("ConfigMap", "Deployment", "Secret", "Service", "ServiceAccount");
        assertThat(chart.deployment().path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(chart.config().has("SPRING_DATASOURCE_URL")).isFalse();
        assertThat(chart.config().path("SHOPDESK_EMBEDDED_DB_DATA_DIR").asString())
                .isEqualTo("/data/mariadb");
        assertThat(mountPaths(chart)).contains("/data");
    }

    @Test
    void production_values_render_every_object_of_a_replicated_install() {
        var chart = renderProduction(NONE);

        assertThat(chart.kinds())
                .containsExactly(
                        "ConfigMap",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "Ingress",
                        "Ingress",
                        "PodDisruptionBudget",
                        "Service",
                        "Service",
                        "ServiceAccount",
                        "ServiceMonitor");
        assertThat(chart.container().path("image").asString())
                .isEqualTo("registry.example.com/shopdesk/shopdesk:0.1.0");
        assertThat(chart.config().path("SPRING_DATASOURCE_URL").asString()).startsWith("jdbc:mysql://");
        assertThat(chart.config().path("SHOPDESK_DEMO_PACKS_ENABLED").asString())
                .isEqualTo("false");
        assertThat(mountPaths(chart)).doesNotContain("/data");
    }

    @Test
    void probes_ask_the_actuator_health_groups_on_the_main_port_and_allow_a_slow_first_start() {
        var container = render(NONE).container();

        assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
                .isEqualTo("/readyz");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asString())
                .isEqualTo("/livez");
        assertThat(container.path("startupProbe").path("httpGet").path("path").asString())
                .isEqualTo("/livez");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asString())
                    .as(probe)
                    .isEqualTo("http");
        }
        var startup = container.path("startupProbe");
        assertThat(startup.path("periodSeconds").asInt()
                        * startup.path("failureThreshold").asInt())
                .as("seconds a first start may take")
                .isGreaterThanOrEqualTo(300);
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void resources_and_jvm_options_follow_the_values() {
        var container = renderProduction(Map.of("jvm.maxRamPercentage", 60)).container();

        assertThat(container.path("resources").path("requests").path("memory").asString())
                .isEqualTo("3Gi");
        assertThat(container.path("resources").path("limits").path("memory").asString())
                .isEqualTo("3Gi");
        assertThat(container.path("resources").path("limits").has("cpu")).isFalse();
        String options = render(NONE)
                .env("JAVA_TOOL_OPTIONS")
                .orElseThrow()
                .path("value")
                .asString();
        assertThat(options)
                .contains(
                        "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow",
                        "-XX:MaxRAMPercentage=50",
                        "-Dorg.bytedeco.javacpp.cachedir=/home/shopdesk/.javacpp/cache");
        assertThat(renderProduction(Map.of("jvm.maxRamPercentage", 60))
                        .env("JAVA_TOOL_OPTIONS")
                        .orElseThrow()
                        .path("value")
                        .asString())
                .contains("-XX:MaxRAMPercentage=60");
    }

    @Test
    void pods_run_as_non_root_on_a_read_only_root_with_writable_tmp_and_javacpp_cache() {
        var chart = render(NONE);
        var pod = chart.deployment().path("spec").path("template").path("spec");

        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        var security = chart.container().path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.path("capabilities").path("drop").get(0).asString()).isEqualTo("ALL");
        assertThat(mountPaths(chart)).contains("/tmp", "/home/shopdesk/.javacpp/cache");
        for (JsonNode volume : pod.path("volumes")) {
            assertThat(volume.has("emptyDir")).as(volume.toString()).isTrue();
        }
    }

    @Test
    void pods_shut_down_gracefully() {
        var chart = render(NONE);
        var pod = chart.deployment().path("spec").path("template").path("spec");
        var preStop =
                chart.container().path("lifecycle").path("preStop").path("exec").path("command");

        assertThat(preStop.get(0).asString()).isEqualTo("sleep");
        int sleep = Integer.parseInt(preStop.get(1).asString());
        assertThat(chart.config().path("SERVER_SHUTDOWN").asString()).isEqualTo("graceful");
        String phase = chart.config()
                .path("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE")
                .asString();
        assertThat(phase).isEqualTo("30s");
        assertThat(pod.path("terminationGracePeriodSeconds").asInt())
                .as("grace period covers preStop sleep and the shutdown phase")
                .isGreaterThan(sleep + 30);
    }

    @Test
    void pods_prefer_different_nodes() {
        var pod = renderProduction(NONE)
                .deployment()
                .path("spec")
                .path("template")
                .path("spec");
        var preferred =
                pod.path("affinity").path("podAntiAffinity").path("preferredDuringSchedulingIgnoredDuringExecution");

        assertThat(preferred.get(0).path("podAffinityTerm").path("topologyKey").asString())
                .isEqualTo("kubernetes.io/hostname");
        assertThat(preferred
                        .get(0)
                        .path("podAffinityTerm")
                        .path("labelSelector")
                        .path("matchLabels")
                        .path("app.kubernetes.io/instance")
                        .asString())
                .isEqualTo(RELEASE);
        assertThat(pod.path("affinity").path("podAntiAffinity").has("requiredDuringSchedulingIgnoredDuringExecution"))
                .isFalse();
    }

    @Test
    void console_ingress_pins_browsers_with_a_cookie_and_chat_ingress_does_not() {
        var chart = renderProduction(NONE);
        var console = chart.get("Ingress", RELEASE);
        var chat = chart.get("Ingress", RELEASE + "-chat");

        var consoleAnnotations = console.path("metadata").path("annotations");
        assertThat(consoleAnnotations
                        .path("nginx.ingress.kubernetes.io/affinity")
                        .asString())
                .isEqualTo("cookie");
        assertThat(consoleAnnotations
                        .path("nginx.ingress.kubernetes.io/affinity-mode")
                        .asString())
                .isEqualTo("persistent");
        assertThat(consoleAnnotations
                        .path("nginx.ingress.kubernetes.io/session-cookie-name")
                        .asString())
                .isEqualTo("SHOPDESK_ROUTE");
        assertThat(consoleAnnotations.path("cert-manager.io/cluster-issuer").asString())
                .isEqualTo("letsencrypt");
        assertThat(console.path("spec").path("ingressClassName").asString()).isEqualTo("nginx");
        assertThat(console.path("spec").path("tls").get(0).path("secretName").asString())
                .isEqualTo("shopdesk-example-com-tls");
        assertThat(paths(console)).containsExactly("/ -> " + RELEASE);

        var chatAnnotations = chat.path("metadata").path("annotations");
        assertThat(chatAnnotations.propertyNames())
                .noneMatch(name -> name.contains("affinity") || name.contains("session-cookie"));
        assertThat(chatAnnotations
                        .path("nginx.ingress.kubernetes.io/proxy-buffering")
                        .asString())
                .isEqualTo("off");
        assertThat(paths(chat)).containsExactly("/api/chat -> shopdesk-chat", "/widget -> shopdesk-chat");
        // ingress-nginx keeps affinity per backend Service: the chat paths need a Service of their own.
        var chatService = chart.get("Service", RELEASE + "-chat");
        assertThat(chatService.path("spec").path("selector"))
                .isEqualTo(chart.get("Service", RELEASE).path("spec").path("selector"));
    }

    @Test
    void autoscaler_owns_the_replica_count_within_its_bounds() {
        var chart = renderProduction(NONE);
        var hpa = chart.get("HorizontalPodAutoscaler", RELEASE);

        assertThat(hpa.path("apiVersion").asString()).isEqualTo("autoscaling/v2");
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(3);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isEqualTo(8);
        var cpu = hpa.path("spec").path("metrics").get(0).path("resource");
        assertThat(cpu.path("name").asString()).isEqualTo("cpu");
        assertThat(cpu.path("target").path("averageUtilization").asInt()).isEqualTo(70);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asString())
                .isEqualTo(RELEASE);
        assertThat(chart.deployment().path("spec").has("replicas"))
                .as("replicas left to the HPA")
                .isFalse();
    }

    @Test
    void disabling_the_autoscaler_sets_the_replica_count() {
        var chart = renderProduction(Map.of("autoscaling.enabled", false));

        assertThat(chart.find("HorizontalPodAutoscaler", RELEASE)).isEmpty();
        assertThat(chart.deployment().path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(chart.find("PodDisruptionBudget", RELEASE)).isPresent();
    }

    @Test
    void disruption_budget_keeps_pods_available() {
        var budget = renderProduction(NONE).get("PodDisruptionBudget", RELEASE);
        var byMaxUnavailable = renderProduction(
                        Map.of("podDisruptionBudget.minAvailable", "", "podDisruptionBudget.maxUnavailable", 1))
                .get("PodDisruptionBudget", RELEASE);

        assertThat(budget.path("apiVersion").asString()).isEqualTo("policy/v1");
        assertThat(budget.path("spec").path("minAvailable").asInt()).isEqualTo(2);
        assertThat(budget.path("spec")
                        .path("selector")
                        .path("matchLabels")
                        .path("app.kubernetes.io/instance")
                        .asString())
                .isEqualTo(RELEASE);
        assertThat(byMaxUnavailable.path("spec").path("maxUnavailable").asInt()).isEqualTo(1);
        assertThat(byMaxUnavailable.path("spec").has("minAvailable")).isFalse();
    }

    @Test
    void passwords_reach_the_pods_through_secret_references_never_as_plain_values() {
        var chart = renderProduction(NONE);

        for (String name : List.of(
                "SPRING_DATASOURCE_PASSWORD",
                "SHOPDESK_SECRETS_ENCRYPTION_KEY",
                "KEYCLOAK_CLIENT_SECRET",
                "SPRING_RABBITMQ_PASSWORD")) {
            var entry = chart.env(name).orElseThrow(() -> new AssertionError("no env " + name));
            assertThat(entry.has("value")).as(name).isFalse();
            assertThat(entry.path("valueFrom").path("secretKeyRef").path("name").asString())
                    .as(name)
                    .isEqualTo("shopdesk-secrets");
        }
        assertThat(chart.env("SPRING_DATASOURCE_PASSWORD")
                        .orElseThrow()
                        .path("valueFrom")
                        .path("secretKeyRef")
                        .path("key")
                        .asString())
                .isEqualTo("database-password");
        assertThat(chart.config().propertyNames())
                .noneMatch(name ->
                        name.contains("PASSWORD") || name.contains("SECRET_KEY") || name.contains("CLIENT_SECRET"));
    }

    @Test
    void chart_secret_holds_passwords_given_as_values_and_nothing_else_shows_them() {
        var chart = renderProduction(Map.of(
                "existingSecret", "",
                "database.password", "db-pass-4711",
                "secrets.encryptionKey", "key-4711",
                "identity.keycloak.clientSecret", "kc-4711",
                "broker.password", "mq-4711"));

        var secret = chart.get("Secret", RELEASE).path("data");
        assertThat(decode(secret.path("database-password"))).isEqualTo("db-pass-4711");
        assertThat(decode(secret.path("encryption-key"))).isEqualTo("key-4711");
        assertThat(decode(secret.path("keycloak-client-secret"))).isEqualTo("kc-4711");
        assertThat(decode(secret.path("broker-password"))).isEqualTo("mq-4711");
        assertThat(chart.yaml()).doesNotContain("db-pass-4711", "key-4711", "kc-4711", "mq-4711");
        assertThat(chart.env("SPRING_DATASOURCE_PASSWORD")
                        .orElseThrow()
                        .path("valueFrom")
                        .path("secretKeyRef")
                        .path("name")
                        .asString())
                .isEqualTo(RELEASE);
    }

    @Test
    void an_existing_secret_replaces_the_chart_secret() {
        var chart = render(Map.of("existingSecret", "my-secrets", "database.url", "jdbc:mysql://db:3306/shopdesk"));

        assertThat(chart.find("Secret", RELEASE)).isEmpty();
        assertThat(chart.kinds()).doesNotContain("Secret");
        assertThat(chart.env("SPRING_DATASOURCE_PASSWORD")
                        .orElseThrow()
                        .path("valueFrom")
                        .path("secretKeyRef")
                        .path("name")
                        .asString())
                .isEqualTo("my-secrets");
        var annotations = chart.deployment()
                .path("spec")
                .path("template")
                .path("metadata")
                .path("annotations");
        assertThat(annotations.has("checksum/secret")).isFalse();
    }

    @Test
    void changed_settings_and_secrets_change_the_pod_checksums_so_pods_roll() {
        var base = podAnnotations(render(Map.of("database.password", "one")));
        var otherConfig =
                podAnnotations(render(Map.of("database.password", "one", "logging.structuredFormat", "logstash")));
        var otherSecret = podAnnotations(render(Map.of("database.password", "two")));

        assertThat(base.path("checksum/config").asString()).hasSize(64);
        assertThat(base.path("checksum/secret").asString()).hasSize(64);
        assertThat(otherConfig.path("checksum/config")).isNotEqualTo(base.path("checksum/config"));
        assertThat(otherConfig.path("checksum/secret")).isEqualTo(base.path("checksum/secret"));
        assertThat(otherSecret.path("checksum/secret")).isNotEqualTo(base.path("checksum/secret"));
        assertThat(otherSecret.path("checksum/config")).isEqualTo(base.path("checksum/config"));
    }

    @Test
    void keycloak_mode_activates_the_keycloak_profile_with_its_settings() {
        var config = renderProduction(NONE).config();

        assertThat(config.path("SPRING_PROFILES_ACTIVE").asString()).isEqualTo("keycloak");
        assertThat(config.path("KEYCLOAK_URL").asString()).isEqualTo("https://sso.example.com");
        assertThat(config.path("KEYCLOAK_REALM").asString()).isEqualTo("shopdesk");
        assertThat(config.path("KEYCLOAK_CLIENT_ID").asString()).isEqualTo("shopdesk-console");
        assertThat(config.path("SPRING_RABBITMQ_HOST").asString()).isEqualTo("rabbitmq.messaging.svc.cluster.local");
        assertThat(config.path("SHOPDESK_CLUSTER_BROADCAST").asString()).isEqualTo("rabbitmq");
        assertThat(config.path("MANAGEMENT_HEALTH_RABBIT_ENABLED").asString()).isEqualTo("true");
        assertThat(render(NONE).config().has("SPRING_PROFILES_ACTIVE")).isFalse();
        assertThat(render(NONE).env("KEYCLOAK_CLIENT_SECRET")).isEmpty();
    }

    @Test
    void metrics_are_served_on_a_management_port_that_no_ingress_routes_to() {
        var chart = renderProduction(NONE);

        assertThat(chart.config().path("MANAGEMENT_SERVER_PORT").asString()).isEqualTo("9090");
        assertThat(chart.container().path("ports").findValuesAsString("name")).containsExactly("http", "management");
        var monitor = chart.get("ServiceMonitor", RELEASE)
                .path("spec")
                .path("endpoints")
                .get(0);
        assertThat(monitor.path("port").asString()).isEqualTo("management");
        assertThat(monitor.path("path").asString()).isEqualTo("/actuator/prometheus");
        var mainPorts = chart.get("Service", RELEASE).path("spec").path("ports").findValuesAsString("name");
        assertThat(mainPorts).containsExactly("http", "management");
        var routed = new ArrayList<String>();
        chart.objects().stream()
                .filter(object -> object.path("kind").asString().equals("Ingress"))
                .forEach(ingress -> routed.addAll(ingress.findValuesAsString("name").stream()
                        .filter(name -> name.equals("management"))
                        .toList()));
        assertThat(routed).isEmpty();
        assertThat(chart.get("Service", RELEASE + "-chat")
                        .path("spec")
                        .path("ports")
                        .findValuesAsString("name"))
                .containsExactly("http");
    }

    @Test
    void structured_logs_are_on_by_default_and_can_be_turned_off() {
        assertThat(render(NONE)
                        .config()
                        .path("LOGGING_STRUCTURED_FORMAT_CONSOLE")
                        .asString())
                .isEqualTo("ecs");
        assertThat(render(Map.of("logging.structuredFormat", "")).config().has("LOGGING_STRUCTURED_FORMAT_CONSOLE"))
                .isFalse();
    }

    @Test
    void production_mode_names_each_missing_value() {
        assertRefused(Map.of("image.tag", ""), "image.tag is required in production");
        assertRefused(Map.of("database.url", ""), "database.url is required in production");
        assertRefused(Map.of("existingSecret", ""), "database.password is required in production");
        assertRefused(
                Map.of("existingSecret", "", "database.password", "x"),
                "secrets.encryptionKey is required in production");
        assertRefused(Map.of("identity.keycloak.url", ""), "identity.keycloak.url is required");
        assertRefused(Map.of("broker.host", ""), "broker.host is required in production with more than one pod");
        assertRefused(Map.of("demoPacks.enabled", true), "demoPacks.enabled must be false in production");
    }

    @Test
    void production_mode_needs_no_broker_for_a_single_pod() {
        var chart = renderProduction(Map.of("autoscaling.enabled", false, "replicaCount", 1, "broker.host", ""));

        assertThat(chart.config().has("SPRING_RABBITMQ_HOST")).isFalse();
        assertThat(chart.config().has("SHOPDESK_CLUSTER_BROADCAST")).isFalse();
        assertThat(chart.env("SPRING_RABBITMQ_PASSWORD")).isEmpty();
        assertThat(chart.find("PodDisruptionBudget", RELEASE)).isEmpty();
    }

    @Test
    void impossible_values_are_refused_in_any_mode() {
        assertThatThrownBy(() -> render(Map.of("replicaCount", 2)))
                .hasMessageContaining("database.url is required for more than one pod");
        assertThatThrownBy(() -> render(Map.of("autoscaling.enabled", true)))
                .hasMessageContaining("database.url is required for more than one pod");
        assertThatThrownBy(() -> render(Map.of("identity.mode", "ldap")))
                .hasMessageContaining("identity.mode must be local or keycloak");
        assertThatThrownBy(() -> renderProduction(Map.of("autoscaling.minReplicas", 9)))
                .hasMessageContaining("autoscaling.minReplicas (9) must not exceed autoscaling.maxReplicas (8)");
        assertThatThrownBy(() -> renderProduction(Map.of("podDisruptionBudget.maxUnavailable", 1)))
                .hasMessageContaining("set minAvailable or maxUnavailable, not both");
    }

    private static void assertRefused(Map<String, Object> values, String message) {
        assertThatThrownBy(() -> renderProduction(values)).as("with " + values).hasMessageContaining(message);
    }

    private static List<String> mountPaths(RenderedChart chart) {
        return chart.container().path("volumeMounts").findValuesAsString("mountPath");
    }

    private static JsonNode podAnnotations(RenderedChart chart) {
        return chart.deployment().path("spec").path("template").path("metadata").path("annotations");
    }

    private static List<String> paths(JsonNode ingress) {
        var paths = new ArrayList<String>();
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                paths.add(path.path("path").asString() + " -> "
                        + path.path("backend").path("service").path("name").asString());
            }
        }
        return paths;
    }

    private static String decode(JsonNode base64) {
        return new String(
                java.util.Base64.getDecoder().decode(base64.asString()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
