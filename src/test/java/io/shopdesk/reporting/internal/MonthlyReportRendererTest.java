package io.shopdesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.jasperreports.engine.JRException;
import org.junit.jupiter.api.Test;

class MonthlyReportRendererTest {

    @Test
    void the_start_up_sample_renders_and_leaves_the_compiled_template_for_the_first_report() throws JRException {
        var renderer = new MonthlyReportRenderer(false);

        assertThat(renderer.renderSample()).isTrue();

        assertThat(renderer.compiled()).isSameAs(renderer.compiled());
    }
}
