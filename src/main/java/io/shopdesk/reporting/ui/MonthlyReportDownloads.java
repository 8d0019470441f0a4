package io.shopdesk.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.shopdesk.reporting.MonthlyReports;
import io.shopdesk.reporting.ReportFormat;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The month field and the PDF and XLSX download links of the monthly report, in the reader's language. A malformed
 * or future month is shown as a field error and the links are disabled until the month is valid.
 */
class MonthlyReportDownloads extends HorizontalLayout {

    private final MonthlyReports reports;
    private final TextField month = new TextField();
    private final Anchor pdf;
    private final Anchor xlsx;

    MonthlyReportDownloads(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        month.setId("report-month");
        month.setLabel(getTranslation("reporting.monthly.month"));
        month.setPlaceholder("2026-11");
        month.setWidth("12em");
        month.setValue(YearMonth.now(clock).minusMonths(1).toString());
        pdf = download(ReportFormat.PDF, "report-monthly-pdf", "reporting.monthly.pdf");
        xlsx = download(ReportFormat.XLSX, "report-monthly-xlsx", "reporting.monthly.xlsx");
        month.addValueChangeListener(change -> validMonth());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(month, pdf, xlsx);
    }

    private Anchor download(ReportFormat format, String id, String labelKey) {
        var locale = getLocale();
        var anchor = new Anchor(
                (DownloadHandler) event -> {
                    var chosen = validMonthInRequest();
                    event.setFileName("report-" + chosen + "." + format.extension());
                    event.setContentType(format.mediaType());
                    reports.write(chosen, format, locale, event.getOutputStream());
                },
                getTranslation(labelKey));
        anchor.setId(id);
        anchor.addClassName("sd-link-button");
        return anchor;
    }

    /** Checks the field, shows what is wrong with it and enables the links only for a valid month. */
    private Optional<YearMonth> validMonth() {
        month.setInvalid(false);
        try {
            var chosen = reports.checkMonth(MonthlyReports.parseMonth(month.getValue()));
            pdf.setEnabled(true);
            xlsx.setEnabled(true);
            return Optional.of(chosen);
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("month", month));
            pdf.setEnabled(false);
            xlsx.setEnabled(false);
            return Optional.empty();
        }
    }

    private YearMonth validMonthInRequest() {
        return reports.checkMonth(MonthlyReports.parseMonth(month.getValue()));
    }
}
