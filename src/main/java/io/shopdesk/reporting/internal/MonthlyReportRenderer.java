package io.shopdesk.reporting.internal;

import io.shopdesk.reporting.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills {@code reports/monthly-report.jrxml} with a {@link MonthlyReportDocument} and exports it as PDF or XLSX. The
 * template is compiled once and the compiled report is kept: compiling and the first export, which reads the CJK
 * font, take about three seconds together, a later fill and export a few hundred milliseconds. So that no merchant
 * waits for them, they run once in the background when the application is ready
 * ({@code shopdesk.reports.warm-up}, on by default).
 */
@Component
public class MonthlyReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportRenderer.class);
    private static final String TEMPLATE = "/reports/monthly-report.jrxml";

    private final boolean warmUp;
    private volatile JasperReport compiled;

    MonthlyReportRenderer(@Value("${shopdesk.reports.warm-up:true}") boolean warmUp) {
        this.warmUp = warmUp;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (warmUp) {
            Thread.ofVirtual().name("report-warm-up").start(() -> {
                if (!renderSample()) {
                    log.warn("Warming up the monthly report failed; the first report will compile it");
                }
            });
        }
    }

    /** Renders a one-row Chinese PDF nobody reads (compiles the template, loads the fonts); whether it rendered. */
    boolean renderSample() {
        long started = System.nanoTime();
        var sample = new MonthlyReportDocument(
                Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "月度报告", "subtitle", "", "generated", ""),
                new MonthlyReportDocument.Rows()
                        .section("对话")
                        .header("", "ShopDesk")
                        .row("月度报告", "1")
                        .list());
        try {
            render(sample, ReportFormat.PDF, OutputStream.nullOutputStream());
            log.info(
                    "Monthly report template compiled and fonts loaded in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException failed) {
            log.warn("The sample monthly report did not render", failed);
            return false;
        }
    }

    public void render(MonthlyReportDocument document, ReportFormat format, OutputStream out) {
        try {
            var print = fill(document, format);
            switch (format) {
                case PDF -> pdf(print, document, out);
                case XLSX -> xlsx(print, out);
            }
        } catch (JRException failed) {
            throw new IllegalStateException("The monthly report could not be rendered", failed);
        }
    }

    JasperReport compiled() throws JRException {
        var report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    try (var template = MonthlyReportRenderer.class.getResourceAsStream(TEMPLATE)) {
                        report = JasperCompileManager.compileReport(template);
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException(unreadable);
                    }
                    compiled = report;
                }
            }
        }
        return report;
    }

    private JasperPrint fill(MonthlyReportDocument document, ReportFormat format) throws JRException {
        Map<String, Object> parameters = new HashMap<>(document.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, document.locale());
        // The PDF prints every figure as the document formatted it; the XLSX gets numbers where there are some.
        parameters.put("numericCells", format == ReportFormat.XLSX);
        List<Map<String, ?>> rows = List.copyOf(document.rows());
        return JasperFillManager.fillReport(compiled(), parameters, new JRMapCollectionDataSource(rows));
    }

    private static void pdf(JasperPrint print, MonthlyReportDocument document, OutputStream out) throws JRException {
        var exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(String.valueOf(document.parameters().get("title")));
        configuration.setMetadataCreator("ShopDesk");
        configuration.setTagLanguage(document.locale().toLanguageTag());
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void xlsx(JasperPrint print, OutputStream out) throws JRException {
        var exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setCollapseRowSpan(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
