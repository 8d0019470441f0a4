package io.shopdesk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.reporting.ConversationReports;
import io.shopdesk.reporting.ReportFilter;
import io.shopdesk.reporting.TenantReportUsage;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Platform staff: closed conversations, automation, cost and savings per tenant over a date range. */
@Route("platform-usage")
@Menu(order = 12, title = "nav.platform-usage", icon = "vaadin:chart-grid")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class PlatformUsageView extends Main implements TranslatedTitle {

    private final ConversationReports reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<TenantReportUsage> grid = new Grid<>();

    PlatformUsageView(ConversationReports reports, Clock clock) {
        this.reports = reports;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.platform-usage"), getTranslation("reporting.platform.description")));
        var today = LocalDate.now(clock);
        from.setLabel(getTranslation("reporting.filter.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("reporting.filter.to"));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        add(new HorizontalLayout(from, to));
        var percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        grid.addColumn(usage -> usage.tenant().value())
                .setHeader(getTranslation("reporting.platform.tenant"))
                .setSortable(true);
        grid.addColumn(TenantReportUsage::conversations)
                .setHeader(getTranslation("reporting.kpi.conversations"))
                .setSortable(true);
        grid.addColumn(usage -> percent.format(usage.automationRate()))
                .setHeader(getTranslation("reporting.kpi.automation"));
        grid.addColumn(TenantReportUsage::agentHandled).setHeader(getTranslation("reporting.platform.agent-handled"));
        grid.addColumn(usage -> ReportingDashboardView.money(usage.cost(), usage.currency()))
                .setHeader(getTranslation("reporting.kpi.cost"));
        grid.addColumn(usage -> ReportingDashboardView.money(usage.savings(), usage.currency()))
                .setHeader(getTranslation("reporting.kpi.savings"));
        grid.setEmptyStateText(getTranslation("reporting.empty"));
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.platform-usage";
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            ReportFilter.allChannels(from.getValue(), to.getValue());
            grid.setItems(reports.usageAcrossTenants(from.getValue(), to.getValue()));
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of("from", from, "to", to));
        }
    }
}
