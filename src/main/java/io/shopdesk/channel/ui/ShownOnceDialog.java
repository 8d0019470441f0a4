package io.shopdesk.channel.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.SecretName;
import io.shopdesk.ui.Messages;
import java.util.Locale;
import java.util.Map;

/**
 * Shows what ShopDesk keeps only as a hash or encrypted, the one time it exists in full: a channel's key (with the
 * widget's embed tag for a web widget), or for a connector its inbound URL and generated secrets. Closes only by
 * its button, so a click beside it cannot lose the key.
 */
class ShownOnceDialog extends Dialog {

    /**
     * @param key the new key, or {@code null} for a keyless channel
     * @param generated the secrets ShopDesk generated (empty after a key rotation)
     * @param rotated whether the key (or, without a key, the generated secret) replaces an earlier one rather than
     *     belonging to a new channel
     */
    ShownOnceDialog(
            ChannelSummary channel,
            String key,
            Map<SecretName, String> generated,
            boolean rotated,
            ChannelAddresses addresses) {
        setId("channel-once-dialog");
        String title = !rotated
                ? "channels.once.title"
                : key == null ? "channels.once.secret-title" : "channels.once.rotated-title";
        setHeaderTitle(getTranslation(title, channel.name()));
        setWidth("min(760px, 96vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        // a WeChat channel gets no key and no generated secret: its inbound URL stays visible in the list
        boolean secret = key != null || !generated.isEmpty();
        var warning = new Paragraph(getTranslation(secret ? "channels.once.warning" : "channels.once.no-secret"));
        warning.setId("channel-once-warning");
        if (secret) {
            warning.addClassName("sd-once-warning");
        }
        var content = new VerticalLayout(warning);
        content.setPadding(false);
        if (key != null) {
            content.add(row(readOnly("channel-key-once", "channels.once.key", key)));
            if (channel.type() == ChannelType.WEB_WIDGET) {
                var snippet = new TextArea(getTranslation("channels.once.snippet"));
                snippet.setId("channel-snippet");
                snippet.setValue(addresses.widgetSnippet(key, getLocale()));
                snippet.setReadOnly(true);
                snippet.setHelperText(getTranslation("channels.once.snippet-help"));
                snippet.addClassName("sd-secret-value");
                content.add(row(snippet));
            } else if (channel.type() == ChannelType.API) {
                content.add(new Paragraph(getTranslation("channels.once.api-help")));
            }
        }
        addresses
                .inboundUrl(channel)
                .ifPresent(url -> content.add(row(readOnly("channel-inbound-url", "channels.once.inbound-url", url))));
        generated.forEach((name, value) -> content.add(row(readOnly(
                "channel-once-" + name.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "channels.secret." + name.name(),
                value))));
        if (channel.type() == ChannelType.TELEGRAM) {
            content.add(new Paragraph(getTranslation("channels.once.telegram-help")));
        } else if (channel.type() == ChannelType.WEBHOOK) {
            content.add(new Paragraph(getTranslation("channels.once.webhook-help")));
        }
        add(content);
        var done = new Button(getTranslation("channels.once.done"), click -> close());
        done.setId("channel-once-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private TextField readOnly(String id, String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.addClassName("sd-secret-value");
        return field;
    }

    /** The field at full width with a button that copies its value. */
    private HorizontalLayout row(AbstractField<?, String> field) {
        var copy = new Button(VaadinIcon.COPY_O.create(), click -> copy(field));
        copy.setId(field.getId().orElseThrow() + "-copy");
        copy.setAriaLabel(getTranslation("channels.once.copy"));
        copy.setTooltipText(getTranslation("channels.once.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, field);
        return row;
    }

    /** The Clipboard API needs a secure context (https or localhost); the text is selected for Ctrl+C anyway. */
    private static void copy(AbstractField<?, String> field) {
        field.getElement().executeJs("""
                        this.inputElement.select();
                        if (navigator.clipboard && window.isSecureContext) {
                          return navigator.clipboard.writeText(this.value).then(() => true, () => false);
                        }
                        return false;""").then(Boolean.class, copied -> {
            if (Boolean.TRUE.equals(copied)) {
                Messages.success("channels.once.copied");
            } else {
                Messages.error("channels.once.copy-manually");
            }
        });
    }
}
