package io.shopdesk.reporting.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Apache ECharts chart: a div that the script (served from the WebJar, loaded once per page) turns into a chart
 * with the options given as a map, converted to JSON.
 */
@Tag("div")
class EChart extends Div {

    static final String SCRIPT = "context://console/vendor/echarts/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    EChart(String id) {
        setId(id);
        addClassName("sd-chart");
        setWidthFull();
        setHeight("280px");
        addAttachListener(attach -> attach.getUI().getPage().addJavaScript(SCRIPT));
    }

    void setOption(Map<String, Object> option) {
        String json = JSON.writeValueAsString(option);
        getElement().setAttribute("data-option", json);
        getElement().executeJs("""
                        const el = this;
                        const draw = (tries) => {
                          if (!window.echarts) { if (tries < 200) setTimeout(() => draw(tries + 1), 50); return; }
                          if (!el.__chart) {
                            el.__chart = echarts.init(el);
                            new ResizeObserver(() => el.__chart.resize()).observe(el);
                          }
                          el.__chart.setOption(JSON.parse($0), true);
                        };
                        draw(0);""", json);
    }
}
