package io.shopdesk.reporting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts option maps for the dashboard's charts: a bar or line chart over categories, and a pie. */
final class ChartOptions {

    private ChartOptions() {}

    static Map<String, Object> bars(String title, List<String> labels, List<? extends Number> values) {
        return axisChart(title, labels, Map.of("type", "bar", "data", values));
    }

    static Map<String, Object> line(String title, List<String> labels, List<? extends Number> values) {
        return axisChart(title, labels, Map.of("type", "line", "smooth", true, "data", values));
    }

    /** Bars for several named series over the same labels. */
    static Map<String, Object> groupedBars(
            String title, List<String> labels, Map<String, List<? extends Number>> series) {
        var option = base(title);
        option.put("legend", Map.of("top", 24));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", Map.of("type", "value"));
        option.put(
                "series",
                series.entrySet().stream()
                        .map(e -> Map.of("type", "bar", "name", e.getKey(), "data", e.getValue()))
                        .toList());
        return option;
    }

    static Map<String, Object> pie(String title, Map<String, ? extends Number> slices) {
        var option = base(title);
        option.put("legend", Map.of("bottom", 0));
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "pie",
                        "radius",
                        List.of("35%", "65%"),
                        "data",
                        slices.entrySet().stream()
                                .map(e -> Map.of("name", e.getKey(), "value", e.getValue()))
                                .toList())));
        return option;
    }

    private static Map<String, Object> axisChart(String title, List<String> labels, Map<String, Object> series) {
        var option = base(title);
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(series));
        return option;
    }

    private static Map<String, Object> base(String title) {
        var option = new LinkedHashMap<String, Object>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", 40, "right", 16, "top", 56, "bottom", 32));
        option.put("animation", false);
        return option;
    }
}
