package io.shopdesk.channel.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.channel.ChannelEditing;
import io.shopdesk.channel.ChannelSettings;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.SecretName;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Changes a channel's settings: the fields of its type, filled with what it has now; for a web widget also its
 * colour and business hours. Entered secrets show only their hint; a value typed into one replaces it, an empty one
 * keeps it. The service checks everything at once; a broken rule shows on its field and nothing is saved.
 */
class EditChannelDialog extends Dialog {

    private final ChannelEditing editing;
    private final ChannelSummary channel;
    private final Consumer<ChannelSummary> onSaved;
    private final TextField name = new TextField();
    private final TextArea origins = new TextArea();
    private final TextArea greeting = new TextArea();
    private final TextField outboundUrl = new TextField();
    private final TextField primaryColor = new TextField();
    private final TextField businessHours = new TextField();
    private final Map<SecretName, PasswordField> secrets = new EnumMap<>(SecretName.class);

    EditChannelDialog(ChannelEditing editing, ChannelSummary channel, Consumer<ChannelSummary> onSaved) {
        this.editing = editing;
        this.channel = channel;
        this.onSaved = onSaved;
        setId("channel-edit-dialog");
        setHeaderTitle(getTranslation("channels.edit-title", channel.name()));
        setWidth("min(640px, 96vw)");
        boolean widget = channel.type() == ChannelType.WEB_WIDGET;
        boolean webhook = channel.type() == ChannelType.WEBHOOK;
        field(name, "channel-edit-name", "channels.name", null).setValue(channel.name());
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        origins.setId("channel-edit-origins");
        origins.setLabel(getTranslation("channels.origins"));
        origins.setHelperText(getTranslation("channels.origins-help"));
        origins.setValue(String.join("\n", channel.allowedOrigins()));
        origins.setVisible(widget);
        greeting.setId("channel-edit-greeting");
        greeting.setLabel(getTranslation("channels.greeting"));
        greeting.setHelperText(getTranslation("channels.greeting-help"));
        greeting.setMaxLength(1000);
        greeting.setValue(channel.greeting() == null ? "" : channel.greeting());
        field(
                        outboundUrl,
                        "channel-edit-outbound-url",
                        webhook ? "channels.outbound-url" : "channels.telegram-api-base",
                        webhook ? "channels.outbound-url-help" : "channels.telegram-api-base-help")
                .setValue(channel.outboundUrl() == null ? "" : channel.outboundUrl());
        outboundUrl.setRequiredIndicatorVisible(webhook);
        outboundUrl.setVisible(webhook || channel.type() == ChannelType.TELEGRAM);
        field(primaryColor, "channel-edit-primary-color", "channels.primary-color", "channels.primary-color-help")
                .setValue(channel.primaryColor() == null ? "" : channel.primaryColor());
        primaryColor.setMaxLength(7);
        primaryColor.setVisible(widget);
        field(businessHours, "channel-edit-business-hours", "channels.business-hours", "channels.business-hours-help")
                .setValue(channel.businessHours() == null ? "" : channel.businessHours());
        businessHours.setVisible(widget);
        var form = new FormLayout(name, origins, greeting, outboundUrl, primaryColor, businessHours);
        for (SecretName secret : SecretName.values()) {
            if (secret.generated() || secret.type() != channel.type()) {
                continue;
            }
            var input = new PasswordField(getTranslation("channels.secret." + secret.name()));
            input.setId("channel-edit-" + secret.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            String hint = channel.secretHints().get(secret);
            input.setHelperText(
                    hint == null
                            ? getTranslation("channels.secret-missing")
                            : getTranslation("channels.secret-keep", hint));
            secrets.put(secret, input);
            form.add(input);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var save = new Button(getTranslation("action.save"), click -> save());
        save.setId("channel-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("channel-edit-cancel");
        getFooter().add(cancel, save);
    }

    private TextField field(TextField field, String id, String label, String help) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        if (help != null) {
            field.setHelperText(getTranslation(help));
        }
        return field;
    }

    private void save() {
        var fields = fields();
        fields.values().forEach(field -> field.setInvalid(false));
        var entered = new EnumMap<SecretName, String>(SecretName.class);
        secrets.forEach((secret, field) -> {
            if (!field.getValue().isBlank()) {
                entered.put(secret, field.getValue());
            }
        });
        var settings = new ChannelSettings(
                name.getValue(),
                origins.isVisible() ? NewChannelDialog.lines(origins.getValue()) : List.of(),
                greeting.getValue(),
                outboundUrl.isVisible() ? outboundUrl.getValue() : null,
                primaryColor.getValue(),
                businessHours.getValue(),
                entered);
        try {
            var saved = editing.change(channel.id(), settings);
            close();
            onSaved.accept(saved);
        } catch (BusinessRuleException refused) {
            Messages.show(refused, fields);
        }
    }

    /** The form's fields by the names the service gives in {@link BusinessRuleException#field()}. */
    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("name", name);
        fields.put("allowedOrigins", origins);
        fields.put("greeting", greeting);
        fields.put("outboundUrl", outboundUrl);
        fields.put("primaryColor", primaryColor);
        fields.put("businessHours", businessHours);
        secrets.forEach((secret, field) -> fields.put(secret.field(), field));
        return fields;
    }
}
