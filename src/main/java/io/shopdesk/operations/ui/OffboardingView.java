package io.shopdesk.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.shopdesk.operations.TenantOffboarding;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.tenant.TenantOverview;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/** Platform staff: download all data of a tenant, then delete the tenant and all of its data. */
@Route("offboarding")
@Menu(order = 12, title = "nav.offboarding", icon = "vaadin:trash")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class OffboardingView extends Main implements TranslatedTitle {

    private final TenantManagement tenants;
    private final TenantOffboarding offboarding;
    private final ComboBox<TenantOverview> tenant = new ComboBox<>();
    private final Anchor export;
    private final Button delete = new Button();

    OffboardingView(TenantManagement tenants, TenantOffboarding offboarding) {
        this.tenants = tenants;
        this.offboarding = offboarding;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.offboarding"), getTranslation("offboarding.description")));

        tenant.setLabel(getTranslation("offboarding.tenant"));
        tenant.setItemLabelGenerator(item -> item.name() + " (" + item.id().value() + ")");
        tenant.setId("offboarding-tenant");
        tenant.setWidth("24rem");
        tenant.addValueChangeListener(change -> enableActions());

        export = new Anchor(
                (DownloadHandler) event -> {
                    var chosen = tenant.getValue();
                    if (chosen == null) {
                        event.getResponse().setStatus(404);
                        return;
                    }
                    event.setFileName("tenant-" + chosen.id().value() + "-" + LocalDate.now() + ".zip");
                    event.setContentType("application/zip");
                    offboarding.exportAcrossTenants(chosen.id(), event.getOutputStream());
                },
                getTranslation("offboarding.export"));
        export.setId("offboarding-export");
        export.addClassName("sd-link-button");

        delete.setText(getTranslation("offboarding.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("offboarding-delete");
        delete.addClickListener(click -> confirm());

        var actions = new HorizontalLayout(export, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tenant, actions);
        refresh();
    }

    private void confirm() {
        var chosen = tenant.getValue();
        if (chosen != null) {
            new OffboardingDialog(chosen.id(), chosen.name(), offboarding, this::refresh).open();
        }
    }

    private void refresh() {
        tenant.setItems(tenants.listAcrossTenants().stream()
                .filter(item -> !item.id().equals(TenantId.PLATFORM))
                .toList());
        tenant.clear();
        enableActions();
    }

    private void enableActions() {
        boolean chosen = tenant.getValue() != null;
        export.setEnabled(chosen);
        delete.setEnabled(chosen);
    }

    @Override
    public String titleKey() {
        return "nav.offboarding";
    }
}
