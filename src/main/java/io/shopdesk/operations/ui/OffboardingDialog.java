package io.shopdesk.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.shopdesk.operations.TenantOffboarding;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.ui.Messages;

/** Asks to type the tenant's slug before deleting the tenant and all of its data. */
class OffboardingDialog extends Dialog {

    OffboardingDialog(TenantId tenant, String name, TenantOffboarding offboarding, Runnable afterDelete) {
        setHeaderTitle(getTranslation("offboarding.confirm.title", name));
        var slug = new TextField(getTranslation("offboarding.confirm.slug"));
        slug.setId("offboarding-confirm-slug");
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.setWidthFull();
        add(new Paragraph(getTranslation("offboarding.confirm.text", tenant.value())), slug);

        var confirm = new Button(getTranslation("offboarding.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("offboarding-confirm");
        confirm.setEnabled(false);
        slug.addValueChangeListener(change ->
                confirm.setEnabled(tenant.value().equals(change.getValue().strip())));
        confirm.addClickListener(click -> {
            try {
                var result = offboarding.offboardAcrossTenants(tenant, slug.getValue());
                Messages.success("offboarding.deleted", tenant.value(), result.totalRows());
                close();
                afterDelete.run();
            } catch (BusinessRuleException violation) {
                slug.setErrorMessage(Messages.describe(violation));
                slug.setInvalid(true);
            }
        });
        var cancel = new Button(getTranslation("offboarding.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
