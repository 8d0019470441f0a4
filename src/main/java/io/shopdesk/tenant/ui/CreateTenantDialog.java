package io.shopdesk.tenant.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.security.InitialCredentials;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.tenant.Plan;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.ui.Messages;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Creates a tenant with its first admin; shows the admin's first password once. */
class CreateTenantDialog extends Dialog {

    private final TenantManagement tenants;
    private final Runnable onCreated;
    private final TextField name = new TextField();
    private final TextField slug = new TextField();
    private final Select<Plan> plan = new Select<>();
    private final Select<String> locale = new Select<>();
    private final EmailField adminEmail = new EmailField();
    private final TextField adminName = new TextField();
    private boolean slugEdited;

    CreateTenantDialog(TenantManagement tenants, Runnable onCreated) {
        this.tenants = tenants;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("tenants.create"));
        name.setId("tenant-name");
        slug.setId("tenant-slug");
        adminEmail.setId("tenant-admin-email");
        adminName.setId("tenant-admin-name");
        name.setLabel(getTranslation("tenants.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.addValueChangeListener(change -> {
            if (!slugEdited) {
                slug.setValue(suggestSlug(change.getValue()));
            }
        });
        slug.setLabel(getTranslation("tenants.slug"));
        slug.setHelperText(getTranslation("tenants.slug-help"));
        slug.setRequired(true);
        slug.setMaxLength(40);
        slug.addValueChangeListener(change -> slugEdited = change.isFromClient() || slugEdited);
        plan.setLabel(getTranslation("tenants.plan"));
        plan.setItems(tenants.plans());
        plan.setItemLabelGenerator(Plan::code);
        plan.setValue(tenants.plans().getFirst());
        locale.setLabel(getTranslation("tenants.locale"));
        locale.setItems(List.of("zh-CN", "en"));
        locale.setItemLabelGenerator(tag -> "zh-CN".equals(tag) ? "简体中文" : "English");
        locale.setValue("zh".equals(getLocale().getLanguage()) ? "zh-CN" : "en");
        adminEmail.setLabel(getTranslation("tenants.admin-email"));
        adminEmail.setRequired(true);
        adminName.setLabel(getTranslation("tenants.admin-name"));
        add(new FormLayout(name, slug, plan, locale, adminEmail, adminName));

        var save = new Button(getTranslation("action.create"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tenant-create-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        List.of(name, slug, adminEmail).forEach(field -> ((HasValidation) field).setInvalid(false));
        plan.setInvalid(false);
        var draft = new TenantDraft(
                name.getValue(),
                slug.getValue().strip(),
                plan.getValue() == null ? null : plan.getValue().code(),
                adminEmail.getValue(),
                adminName.getValue(),
                locale.getValue());
        try {
            var credentials = tenants.createTenant(draft);
            close();
            onCreated.run();
            showCredentials(credentials);
        } catch (BusinessRuleException violation) {
            Messages.show(
                    violation,
                    Map.of(
                            "name", name,
                            "slug", slug,
                            "plan", plan,
                            "adminEmail", adminEmail,
                            // the first admin's account rules (e.g. Keycloak knows the address already)
                            "email", adminEmail,
                            "locale", locale));
        }
    }

    private void showCredentials(InitialCredentials credentials) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.created-title"));
        var email = new TextField(getTranslation("tenants.admin-email"));
        email.setValue(credentials.email());
        email.setReadOnly(true);
        var password = new TextField(getTranslation("tenants.first-password"));
        password.setValue(credentials.password());
        password.setReadOnly(true);
        password.addClassName("sd-initial-password");
        password.setId("initial-password");
        dialog.add(new Paragraph(getTranslation("tenants.first-password-help")), new FormLayout(email, password));
        var done = new Button(getTranslation("action.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    /** A slug from a name: ASCII letters and digits, hyphens between words (empty for names without any). */
    static String suggestSlug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "")
                .replaceAll("^[0-9-]+", "");
        return ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-+$", "") : ascii;
    }
}
