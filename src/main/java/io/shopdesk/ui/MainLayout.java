package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every console view: the side navigation (only the views the user's roles may open), the tenant
 * the user works in, and the user menu with profile, language, organization switch and sign-out. A user who
 * belongs to several tenants and has not picked one yet is sent to the organization picker first.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final ConsoleLocales locales;
    private final H2 viewTitle = new H2();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ConsoleLocales locales) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.locales = locales;
        addClassName("sd-main-layout");
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("sd-view-title");
        addToNavbar(true, new DrawerToggle(), viewTitle);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            event.forwardTo(SelectTenantView.class);
            return;
        }
        if (getChildren().noneMatch(child -> child.hasClassName("sd-drawer"))) {
            addToDrawer(drawer(user.get()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }

    private Component drawer(SignedInUser user) {
        var brand = new Div(new Span("ShopDesk"));
        brand.addClassName("sd-brand");
        var tenant = new Div(new Icon(VaadinIcon.SHOP), new Span(user.tenantName()));
        tenant.addClassName("sd-tenant-name");
        var drawer = new Div(brand, tenant, new Scroller(navigation()), userMenu(user));
        drawer.addClassName("sd-drawer");
        return drawer;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("sd-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(SignedInUser user) {
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("sd-user-menu");
        menu.setId("user-menu");
        var root = menu.addItem(new Div(avatar, new Span(user.displayName())));
        root.getElement().setAttribute("aria-label", getTranslation("menu.user"));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("menu.profile"), click -> getUI().ifPresent(ui -> ui.navigate(ProfileView.class)))
                .setId("menu-profile");
        var language = sub.addItem(getTranslation("menu.language"));
        for (Locale locale : ConsoleLocales.SUPPORTED) {
            var item = language.getSubMenu()
                    .addItem(
                            locale.equals(ConsoleLocales.CHINESE) ? "简体中文" : "English",
                            click -> locales.switchTo(locale));
            item.setCheckable(true);
            item.setChecked(locale.equals(getLocale()));
        }
        if (currentUser.principal().map(p -> p.memberships().size() > 1).orElse(false)) {
            sub.addItem(
                    getTranslation("menu.switch-organization"),
                    click -> getUI().ifPresent(ui -> ui.navigate(SelectTenantView.class)));
        }
        sub.addItem(getTranslation("menu.sign-out"), click -> authentication.logout())
                .setId("menu-sign-out");
        return menu;
    }
}
