package io.shopdesk.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.operations.DataProtectionManagement;
import io.shopdesk.operations.DataProtectionSettings;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins: mask personal data in transcripts and exports, and how long conversations are kept. */
@Route("data-protection")
@Menu(order = 90, title = "nav.data-protection", icon = "vaadin:lock")
@RolesAllowed(Roles.TENANT_ADMIN)
class DataProtectionView extends Main implements TranslatedTitle {

    private final DataProtectionManagement management;
    private final Checkbox maskTranscripts = new Checkbox();
    private final Checkbox maskExports = new Checkbox();
    private final IntegerField retentionDays = new IntegerField();

    DataProtectionView(DataProtectionManagement management) {
        this.management = management;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.data-protection"), getTranslation("privacy.description")));

        maskTranscripts.setLabel(getTranslation("privacy.mask-transcripts"));
        maskTranscripts.setHelperText(getTranslation("privacy.mask-transcripts.help"));
        maskTranscripts.setId("privacy-mask-transcripts");
        maskExports.setLabel(getTranslation("privacy.mask-exports"));
        maskExports.setHelperText(getTranslation("privacy.mask-exports.help"));
        maskExports.setId("privacy-mask-exports");
        retentionDays.setLabel(getTranslation("privacy.retention-days"));
        retentionDays.setHelperText(getTranslation("privacy.retention-days.help"));
        retentionDays.setMin(DataProtectionSettings.MIN_RETENTION_DAYS);
        retentionDays.setMax(DataProtectionSettings.MAX_RETENTION_DAYS);
        retentionDays.setClearButtonVisible(true);
        retentionDays.setId("privacy-retention-days");

        var save = new Button(getTranslation("privacy.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("privacy-save");
        var form = new VerticalLayout(
                maskTranscripts, maskExports, retentionDays, new Paragraph(getTranslation("privacy.rules")), save);
        form.setPadding(false);
        form.setMaxWidth("40rem");
        add(form);
        show(management.currentSettings());
    }

    private void show(DataProtectionSettings settings) {
        maskTranscripts.setValue(settings.maskTranscripts());
        maskExports.setValue(settings.maskExports());
        retentionDays.setValue(settings.retentionDays());
    }

    private void save() {
        if (retentionDays.isInvalid()) {
            retentionDays.setErrorMessage(getTranslation(
                    "privacy.error.retention-days",
                    DataProtectionSettings.MIN_RETENTION_DAYS,
                    DataProtectionSettings.MAX_RETENTION_DAYS));
            return;
        }
        try {
            show(management.update(new DataProtectionSettings(
                    maskTranscripts.getValue(), maskExports.getValue(), retentionDays.getValue())));
            retentionDays.setInvalid(false);
            Messages.success("privacy.saved");
        } catch (BusinessRuleException violation) {
            retentionDays.setErrorMessage(Messages.describe(violation));
            retentionDays.setInvalid(true);
        }
    }

    @Override
    public String titleKey() {
        return "nav.data-protection";
    }
}
