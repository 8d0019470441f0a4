package io.shopdesk.reporting.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Apache ECharts from its WebJar under {@value #PATH} (inside the console's public static paths), so the
 * dashboard loads it at run time without a Node bundle (ADR 0001).
 */
@Configuration
class ChartScripts implements WebMvcConfigurer {

    static final String PATH = "/console/vendor/echarts/";

    private final String version;

    ChartScripts(@Value("${shopdesk.reporting.echarts-version:5.3.1}") String version) {
        this.version = version;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/echarts/" + version + "/dist/");
    }
}
