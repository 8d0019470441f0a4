package io.shopdesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactExportTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() {
        assertThat(FactExport.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FactExport.safe("+1")).isEqualTo("'+1");
        assertThat(FactExport.safe("-2")).isEqualTo("'-2");
        assertThat(FactExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FactExport.safe("\tx")).isEqualTo("'\tx");
        assertThat(FactExport.safe("退货 > 运费")).isEqualTo("退货 > 运费");
        assertThat(FactExport.safe("")).isEmpty();
    }
}
