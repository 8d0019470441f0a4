package io.shopdesk.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.audit.AuditEntry;
import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.TenantId;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The audit log: platform staff search every tenant (optionally one), a tenant admin sees their own tenant only.
 * Lazy: pages are fetched from the database as the grid scrolls.
 */
@Route("audit-log")
@Menu(order = 90, title = "nav.audit-log", icon = "vaadin:records")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
class AuditLogView extends Main implements TranslatedTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final AuditLog auditLog;
    private final boolean platform;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField text = new TextField();
    private final TextField tenant = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditLogView(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.platform = currentUser.require().isPlatformStaff();
        addClassName("sd-page");
        add(new ViewHeader(
                getTranslation("nav.audit-log"),
                getTranslation(platform ? "audit.description-platform" : "audit.description-tenant")));

        text.setPlaceholder(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        tenant.setPlaceholder(getTranslation("audit.tenant"));
        tenant.setClearButtonVisible(true);
        tenant.setValueChangeMode(ValueChangeMode.LAZY);
        tenant.setVisible(platform);
        from.setPlaceholder(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        text.addValueChangeListener(change -> refresh());
        tenant.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(text, tenant, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> TIME.format(entry.occurredAt().atOffset(ZoneOffset.UTC)))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        if (platform) {
            grid.addColumn(entry -> entry.tenant().value())
                    .setHeader(getTranslation("audit.tenant"))
                    .setAutoWidth(true);
        }
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target"));
        grid.addColumn(AuditEntry::before).setHeader(getTranslation("audit.before"));
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("audit.after"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.audit-log";
    }

    private void refresh() {
        var query = query();
        if (platform) {
            grid.setItems(
                    page -> auditLog.searchAcrossTenants(query, page.getOffset(), page.getLimit()).stream(),
                    count -> (int) Math.min(Integer.MAX_VALUE, auditLog.countAcrossTenants(query)));
        } else {
            grid.setItems(page -> auditLog.searchOwnTenant(query, page.getOffset(), page.getLimit()).stream(), count ->
                    (int) Math.min(Integer.MAX_VALUE, auditLog.countOwnTenant(query)));
        }
    }

    private AuditQuery query() {
        String tenantText = tenant.getValue().strip();
        var tenantId = platform && TenantId.isValidSlug(tenantText) ? new TenantId(tenantText) : null;
        return new AuditQuery(
                text.getValue(),
                tenantId,
                null,
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
