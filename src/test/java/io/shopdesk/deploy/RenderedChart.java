package io.shopdesk.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The objects {@code helm template} renders from the chart, parsed, with finders for the tests. */
record RenderedChart(String yaml, List<JsonNode> objects) {

    static final Path CHART = Path.of("helm/shopdesk");
    static final Path PRODUCTION_VALUES = CHART.resolve("values-production.yaml");
    static final String RELEASE = "shopdesk";
    // helm template assumes Kubernetes 1.20 unless told; the chart needs 1.25+ (policy/v1, autoscaling/v2).
    static final String KUBE_VERSION = "1.31.0";

    private static final YAMLMapper YAML = new YAMLMapper();

    /** Renders with the chart's defaults plus the given --set values. */
    static RenderedChart render(Map<String, Object> values) {
        return render(command -> command, values);
    }

    /** Renders with values-production.yaml plus the given --set values. */
    static RenderedChart renderProduction(Map<String, Object> values) {
        return render(command -> command.withValuesFile(PRODUCTION_VALUES), values);
    }

    private static RenderedChart render(UnaryOperator<TemplateCommand> valuesFiles, Map<String, Object> values) {
        var command = valuesFiles.apply(new Helm(CHART)
                .template()
                .withName(RELEASE)
                .withNamespace("shop")
                .withKubeVersion(KUBE_VERSION));
        values.forEach(command::set);
        String yaml = command.call();
        var objects = new ArrayList<JsonNode>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode object = documents.nextValue();
                if (object != null && object.isObject() && object.has("kind")) {
                    objects.add(object);
                }
            }
        }
        return new RenderedChart(yaml, objects);
    }

    List<String> kinds() {
        return objects.stream()
                .map(object -> object.path("kind").asString())
                .sorted()
                .toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return objects.stream()
                .filter(object -> object.path("kind").asString().equals(kind))
                .filter(object ->
                        object.path("metadata").path("name").asString().equals(name))
                .findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in\n" + kinds()));
    }

    JsonNode deployment() {
        return get("Deployment", RELEASE);
    }

    JsonNode container() {
        return deployment()
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
    }

    /** The container's env entry of that name (value or valueFrom). */
    Optional<JsonNode> env(String name) {
        for (JsonNode entry : container().path("env")) {
            if (entry.path("name").asString().equals(name)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    JsonNode config() {
        return get("ConfigMap", RELEASE).path("data");
    }
}
