package io.shopdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in user's profile: who they are, their roles, their language and (local mode) their password. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "profile.title";
    }

    ProfileView(CurrentUser currentUser, AccountManagement accounts, ConsoleLocales locales) {
        addClassName("sd-page");
        var user = currentUser.require();
        add(new ViewHeader(getTranslation("profile.title"), null));

        var name = readOnly("profile.name", user.displayName());
        var email = readOnly("profile.email", user.email());
        var tenant = readOnly("profile.organization", user.tenantName());
        var roles = readOnly(
                "profile.roles",
                user.roles().stream()
                        .filter(Roles::isKnown)
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", ")));
        var language = new RadioButtonGroup<Locale>(getTranslation("profile.language"));
        language.setItems(ConsoleLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.equals(ConsoleLocales.CHINESE) ? "简体中文" : "English");
        language.setValue(ConsoleLocales.supported(getLocale()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                locales.switchTo(change.getValue());
            }
        });
        var details = new FormLayout(name, email, tenant, roles, language);
        add(new Section(new H3(getTranslation("profile.details")), details));

        if (accounts.managesPasswords()) {
            add(passwordSection(accounts));
        }
        accounts.accountConsoleUrl().ifPresent(url -> {
            var link = new Anchor(url, getTranslation("profile.keycloak-account"));
            link.setTarget("_blank");
            link.setId("keycloak-account");
            add(new Section(
                    new H3(getTranslation("profile.password")),
                    new Paragraph(getTranslation("profile.keycloak-account-help")),
                    link));
        });
    }

    private TextField readOnly(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }

    private Section passwordSection(AccountManagement accounts) {
        var current = new PasswordField(getTranslation("profile.current-password"));
        var next = new PasswordField(getTranslation("profile.new-password"));
        next.setHelperText(getTranslation("profile.password-rules"));
        var save = new Button(getTranslation("profile.change-password"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                Messages.success("profile.password-changed");
            } catch (BusinessRuleException violation) {
                Messages.show(violation, Map.of("currentPassword", current, "password", next));
            }
        });
        return new Section(new H3(getTranslation("profile.password")), new FormLayout(current, next), save);
    }
}
