package io.shopdesk.tenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.security.Roles;
import io.shopdesk.tenant.Plan;
import io.shopdesk.tenant.Quota;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.tenant.TenantOverview;
import io.shopdesk.tenant.TenantStatus;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Platform staff: every tenant with status, plan and usage; create, suspend, reactivate, change plan. */
@Route("tenants")
@Menu(order = 10, title = "nav.tenants", icon = "vaadin:building")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class TenantListView extends Main implements TranslatedTitle {

    private final TenantManagement tenants;
    private final Grid<TenantOverview> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<TenantStatus> statusFilter = new Select<>();
    private List<TenantOverview> all = List.of();

    TenantListView(TenantManagement tenants) {
        this.tenants = tenants;
        addClassName("sd-page");
        var create = new Button(getTranslation("tenants.create"), VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("tenant-create");
        create.addClickListener(click -> new CreateTenantDialog(tenants, this::refresh).open());
        add(new ViewHeader(getTranslation("nav.tenants"), getTranslation("tenants.description"), create));

        search.setPlaceholder(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> applyFilter());
        statusFilter.setPlaceholder(getTranslation("tenants.all-statuses"));
        statusFilter.setItems(TenantStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("tenants.all-statuses"));
        statusFilter.setItemLabelGenerator(status ->
                status == null ? getTranslation("tenants.all-statuses") : getTranslation("tenant.status." + status));
        statusFilter.addValueChangeListener(change -> applyFilter());
        add(new HorizontalLayout(search, statusFilter));

        configureGrid();
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.tenants";
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TenantOverview::name)
                .setHeader(getTranslation("tenants.name"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(tenant -> tenant.id().value())
                .setHeader(getTranslation("tenants.slug"))
                .setSortable(true);
        grid.addColumn(tenant -> tenant.plan().code())
                .setHeader(getTranslation("tenants.plan"))
                .setSortable(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tenants.status"));
        grid.addColumn(tenant -> usage(tenant, Quota.SEATS)).setHeader(getTranslation("quota.SEATS"));
        grid.addColumn(tenant -> usage(tenant, Quota.FAQ_ENTRIES)).setHeader(getTranslation("quota.FAQ_ENTRIES"));
        grid.addColumn(tenant -> usage(tenant, Quota.CHANNELS)).setHeader(getTranslation("quota.CHANNELS"));
        grid.addColumn(tenant -> usage(tenant, Quota.MONTHLY_CONVERSATIONS))
                .setHeader(getTranslation("quota.MONTHLY_CONVERSATIONS"));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(tenant -> dates.format(tenant.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("tenants.created"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("tenants.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("tenants.empty"));
    }

    private static String usage(TenantOverview tenant, Quota quota) {
        return tenant.usage().of(quota) + " / " + tenant.plan().limitOf(quota);
    }

    private Component statusBadge(TenantOverview tenant) {
        var badge = new Span(getTranslation("tenant.status." + tenant.status()));
        badge.getElement()
                .getThemeList()
                .add("badge " + (tenant.status() == TenantStatus.ACTIVE ? "success" : "error"));
        return badge;
    }

    private Component actions(TenantOverview tenant) {
        var plan = new Select<Plan>();
        plan.setItems(tenants.plans());
        plan.setItemLabelGenerator(Plan::code);
        plan.setValue(tenants.plans().stream()
                .filter(candidate -> candidate.code().equals(tenant.plan().code()))
                .findFirst()
                .orElse(null));
        plan.setAriaLabel(getTranslation("tenants.change-plan"));
        plan.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                tenants.changePlan(tenant.id(), change.getValue().code());
                Messages.success(
                        "tenants.plan-changed", tenant.name(), change.getValue().code());
                refresh();
            }
        });
        plan.setWidth("9em");
        boolean active = tenant.status() == TenantStatus.ACTIVE;
        var toggle = new Button(getTranslation(active ? "tenants.suspend" : "tenants.reactivate"));
        toggle.addThemeVariants(active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.addClickListener(click -> confirmStatusChange(tenant, active));
        return new HorizontalLayout(plan, toggle);
    }

    private void confirmStatusChange(TenantOverview tenant, boolean suspend) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(suspend ? "tenants.suspend-title" : "tenants.reactivate-title", tenant.name()));
        dialog.setText(getTranslation(suspend ? "tenants.suspend-text" : "tenants.reactivate-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(suspend ? "tenants.suspend" : "tenants.reactivate"));
        if (suspend) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirm -> {
            if (suspend) {
                tenants.suspendTenant(tenant.id());
            } else {
                tenants.reactivateTenant(tenant.id());
            }
            Messages.success(suspend ? "tenants.suspended" : "tenants.reactivated", tenant.name());
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        all = tenants.listAcrossTenants();
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        var status = statusFilter.getValue();
        grid.setItems(all.stream()
                .filter(tenant -> status == null || tenant.status() == status)
                .filter(tenant -> text.isEmpty()
                        || tenant.name().toLowerCase(Locale.ROOT).contains(text)
                        || tenant.id().value().contains(text))
                .toList());
    }
}
