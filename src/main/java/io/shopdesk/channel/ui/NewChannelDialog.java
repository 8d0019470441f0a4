package io.shopdesk.channel.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.channel.ChannelDraft;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Creates a channel: the type decides which fields show (origins for a web widget, the outbound URL of a webhook,
 * the platform secrets WeChat and Telegram need). The service checks the draft; a broken rule shows on the field it
 * names, anything else (the plan's channel quota) as a message, and the dialog stays open with what was typed.
 */
class NewChannelDialog extends Dialog {

    private final ChannelManagement channels;
    private final Consumer<NewChannel> onCreated;
    private final Select<ChannelType> type = new Select<>();
    private final TextField name = new TextField();
    private final TextArea origins = new TextArea();
    private final TextArea greeting = new TextArea();
    private final TextField outboundUrl = new TextField();
    private final Map<SecretName, PasswordField> secrets = new EnumMap<>(SecretName.class);

    NewChannelDialog(ChannelManagement channels, Consumer<NewChannel> onCreated) {
        this.channels = channels;
        this.onCreated = onCreated;
        setId("channel-dialog");
        setHeaderTitle(getTranslation("channels.new"));
        setWidth("min(640px, 96vw)");
        type.setId("channel-type");
        type.setLabel(getTranslation("channels.type"));
        type.setItems(ChannelType.values());
        type.setItemLabelGenerator(value -> getTranslation("channels.type." + value.name()));
        type.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        name.setId("channel-name");
        name.setLabel(getTranslation("channels.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        origins.setId("channel-origins");
        origins.setLabel(getTranslation("channels.origins"));
        origins.setHelperText(getTranslation("channels.origins-help"));
        greeting.setId("channel-greeting");
        greeting.setLabel(getTranslation("channels.greeting"));
        greeting.setHelperText(getTranslation("channels.greeting-help"));
        greeting.setMaxLength(1000);
        outboundUrl.setId("channel-outbound-url");
        var form = new FormLayout(type, name, origins, greeting, outboundUrl);
        for (SecretName secret : SecretName.values()) {
            if (secret.generated()) {
                continue;
            }
            var field = new PasswordField(getTranslation("channels.secret." + secret.name()));
            field.setId("channel-" + secret.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            field.setHelperText(getTranslation("channels.secret-help." + secret.name()));
            field.setRequiredIndicatorVisible(secret.required());
            secrets.put(secret, field);
            form.add(field);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var create = new Button(getTranslation("action.create"), click -> create());
        create.setId("channel-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("channel-cancel");
        getFooter().add(cancel, create);
        type.setValue(ChannelType.WEB_WIDGET);
    }

    /** Only the fields the type takes are visible; hidden ones are not sent. */
    private void showFieldsOf(ChannelType selected) {
        origins.setVisible(selected == ChannelType.WEB_WIDGET);
        boolean webhook = selected == ChannelType.WEBHOOK;
        outboundUrl.setVisible(webhook || selected == ChannelType.TELEGRAM);
        outboundUrl.setLabel(getTranslation(webhook ? "channels.outbound-url" : "channels.telegram-api-base"));
        outboundUrl.setHelperText(
                getTranslation(webhook ? "channels.outbound-url-help" : "channels.telegram-api-base-help"));
        outboundUrl.setRequiredIndicatorVisible(webhook);
        secrets.forEach((secret, field) -> field.setVisible(secret.type() == selected));
    }

    private void create() {
        var fields = fields();
        fields.values().forEach(field -> field.setInvalid(false));
        var selected = type.getValue();
        var entered = new EnumMap<SecretName, String>(SecretName.class);
        secrets.forEach((secret, field) -> {
            if (field.isVisible() && !field.getValue().isBlank()) {
                entered.put(secret, field.getValue());
            }
        });
        var draft = new ChannelDraft(
                selected,
                name.getValue(),
                origins.isVisible() ? lines(origins.getValue()) : List.of(),
                greeting.getValue(),
                outboundUrl.isVisible() ? outboundUrl.getValue() : null,
                entered);
        try {
            var created = channels.createChannel(draft);
            close();
            onCreated.accept(created);
        } catch (BusinessRuleException refused) {
            Messages.show(refused, fields);
        }
    }

    /** The form's fields by the names the service gives in {@link BusinessRuleException#field()}. */
    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("type", type);
        fields.put("name", name);
        fields.put("allowedOrigins", origins);
        fields.put("greeting", greeting);
        fields.put("outboundUrl", outboundUrl);
        secrets.forEach((secret, field) -> fields.put(secret.field(), field));
        return fields;
    }

    /** One origin per line; blank lines and surrounding spaces do not count. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
