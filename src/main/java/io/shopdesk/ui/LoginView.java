package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.shopdesk.security.AccountManagement;
import java.util.Locale;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Local sign-in: a plain form that posts to Spring Security (e-mail, password, remember me), with a message for
 * wrong passwords, locked accounts and suspended tenants, and the choice of language. In Keycloak mode users sign
 * in on Keycloak's pages; this view then only greets them after signing out or a refused sign-in, with a button
 * that starts the sign-in again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where Spring Security starts the OIDC sign-in with Keycloak (the registration id is "keycloak"). */
    static final String KEYCLOAK_SIGN_IN = "oauth2/authorization/keycloak";

    private final ConsoleLocales locales;
    private final boolean localAccounts;
    private final Div message = new Div();

    LoginView(ConsoleLocales locales, AccountManagement accounts) {
        this.locales = locales;
        this.localAccounts = accounts.managesPasswords();
        addClassName("sd-login");

        var brand = new Div(new H1("ShopDesk"), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("sd-login-brand");

        message.addClassName("sd-login-message");
        message.setVisible(false);
        var card = new Div(new H2(getTranslation("login.title")), message);
        card.addClassName("sd-login-card");
        card.add(localAccounts ? localForm() : keycloakSignIn(), languageLinks());
        add(brand, card);
    }

    private Component keycloakSignIn() {
        var signIn = new Anchor(KEYCLOAK_SIGN_IN, getTranslation("login.keycloak.submit"));
        signIn.setRouterIgnore(true);
        signIn.setId("keycloak-sign-in");
        signIn.addClassName("sd-primary-button");
        return new Div(new Paragraph(getTranslation("login.keycloak.intro")), signIn);
    }

    private Component localForm() {
        var email = new EmailField(getTranslation("login.email"));
        email.getElement().setAttribute("name", "username");
        email.getElement().setAttribute("autocomplete", "username");
        email.setRequired(true);
        email.setWidthFull();
        email.setAutofocus(true);
        var password = new PasswordField(getTranslation("login.password"));
        password.getElement().setAttribute("name", "password");
        password.getElement().setAttribute("autocomplete", "current-password");
        password.setRequired(true);
        password.setWidthFull();
        var rememberMe = new Checkbox(getTranslation("login.remember-me"));
        rememberMe.getElement().setAttribute("name", "remember-me");
        var submit = new NativeButton(getTranslation("login.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("sd-primary-button");

        var form = new NativeForm("post", "login");
        form.add(email, password, rememberMe, csrfField(), submit);
        form.addClassName("sd-login-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | ShopDesk";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            showMessage(localAccounts ? errorKey() : "login.error.keycloak", true);
        } else if (parameters.containsKey("suspended")) {
            showMessage("login.error.suspended", true);
        } else if (parameters.containsKey("logout")) {
            showMessage("login.signed-out", false);
        }
    }

    private void showMessage(String key, boolean error) {
        message.setText(getTranslation(key));
        message.getElement().setAttribute("role", error ? "alert" : "status");
        message.getElement().setAttribute("theme", error ? "error" : "info");
        message.setVisible(true);
    }

    private static String errorKey() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof DisabledException) {
            return "login.error.suspended";
        }
        return "login.error.bad-credentials";
    }

    private static Input csrfField() {
        var hidden = new Input();
        hidden.setType("hidden");
        var request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            hidden.getElement().setAttribute("name", token.getParameterName());
            hidden.setValue(token.getToken());
        }
        return hidden;
    }

    private Div languageLinks() {
        var links = new Div();
        links.addClassName("sd-language-links");
        for (Locale locale : ConsoleLocales.SUPPORTED) {
            var link = new Button(locale.equals(ConsoleLocales.CHINESE) ? "简体中文" : "English");
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClickListener(click -> locales.switchTo(locale));
            if (locale.equals(UI.getCurrent().getLocale())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            links.add(link);
            if (!locale.equals(ConsoleLocales.SUPPORTED.getLast())) {
                links.add(new Span(" · "));
            }
        }
        return links;
    }
}
