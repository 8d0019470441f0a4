package io.shopdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.TenantMembership;
import jakarta.annotation.security.PermitAll;

/** Lets a user who belongs to several organizations (tenants) choose the one to work in. */
@Route(value = "select-organization", autoLayout = false)
@PermitAll
class SelectTenantView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    SelectTenantView(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        addClassName("sd-login");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("select-organization.title") + " | ShopDesk";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var principal = currentUser.principal();
        var card = new Div(new H2(getTranslation("select-organization.title")));
        card.addClassName("sd-login-card");
        if (principal.isEmpty() || principal.get().memberships().isEmpty()) {
            card.add(new Paragraph(getTranslation("select-organization.none")));
        } else {
            card.add(new Paragraph(getTranslation("select-organization.intro")));
            for (TenantMembership membership : principal.get().memberships()) {
                var choose = new Button(membership.tenantName(), click -> {
                    currentUser.selectTenant(membership.tenant());
                    // A full reload of the console root, so the shell is built for the chosen tenant. ("" would
                    // reload this picker's own URL.)
                    var request = VaadinRequest.getCurrent();
                    String root = (request == null ? "" : request.getContextPath()) + "/";
                    getUI().ifPresent(ui -> ui.getPage().setLocation(root));
                });
                choose.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                choose.setWidthFull();
                choose.getElement()
                        .setAttribute("data-tenant", membership.tenant().value());
                card.add(choose);
            }
        }
        card.add(new Button(getTranslation("menu.sign-out"), click -> authentication.logout()));
        add(card);
    }
}
