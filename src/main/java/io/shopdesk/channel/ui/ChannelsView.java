package io.shopdesk.channel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.shopdesk.channel.ChannelEditing;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.NewChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tenant's channels: every channel with its masked key or inbound URL, revoked ones marked; creating one (its
 * key and generated secrets are shown once), changing its settings, rotating a web widget's or API channel's key or
 * a connector's generated secret (shown once) and revoking a channel.
 */
@Route("channels")
@Menu(order = 43, title = "nav.channels", icon = "vaadin:plug")
@RolesAllowed(Roles.TENANT_ADMIN)
class ChannelsView extends Main implements TranslatedTitle {

    private final ChannelManagement channels;
    private final ChannelEditing editing;
    private final ChannelAddresses addresses;
    private final Grid<ChannelSummary> grid = new Grid<>();
    private final Button edit;
    private final Button rotate;
    private final Button rotateSecret;
    private final Button revoke;

    ChannelsView(ChannelManagement channels, ChannelEditing editing) {
        this.channels = channels;
        this.editing = editing;
        this.addresses = new ChannelAddresses(publicBaseUrl());
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.channels"), getTranslation("channels.description")));
        var create = button("channels.new", "channel-new", this::create);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit = button("channels.edit", "channel-edit", () -> selected(this::edit));
        rotate = button("channels.rotate", "channel-rotate", () -> selected(this::confirmRotate));
        rotateSecret =
                button("channels.rotate-secret", "channel-rotate-secret", () -> selected(this::confirmRotateSecret));
        revoke = button("channels.revoke", "channel-revoke", () -> selected(this::confirmRevoke));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        configureGrid();
        add(new HorizontalLayout(create, edit, rotate, rotateSecret, revoke), grid);
        refresh(null);
    }

    @Override
    public String titleKey() {
        return "nav.channels";
    }

    private void configureGrid() {
        grid.setId("channels-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ChannelSummary::name)
                .setHeader(getTranslation("channels.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(channel ->
                        getTranslation("channels.type." + channel.type().name()))
                .setHeader(getTranslation("channels.type"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("channels.status"))
                .setAutoWidth(true);
        grid.addColumn(this::keyOrEndpoint)
                .setHeader(getTranslation("channels.key-or-endpoint"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(this::secretHints)
                .setHeader(getTranslation("channels.secrets"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(this::origins)
                .setHeader(getTranslation("channels.origins"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        grid.addColumn(channel -> dates.format(channel.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("channels.created"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(channel -> channel.status() == ChannelStatus.REVOKED ? "sd-channel-revoked" : null);
        grid.setEmptyStateText(getTranslation("channels.empty"));
        // a second click on the selected row keeps it selected, so the buttons never lose their channel unseen
        ((GridSingleSelectionModel<ChannelSummary>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> enableActions(change.getValue()));
    }

    private Component statusBadge(ChannelSummary channel) {
        var badge =
                new Span(getTranslation("channels.status." + channel.status().name()));
        badge.getElement()
                .getThemeList()
                .add("badge " + (channel.status() == ChannelStatus.ACTIVE ? "success" : "error"));
        return badge;
    }

    /** A key shows only its public start; a connector its inbound URL, which is not a secret. */
    private String keyOrEndpoint(ChannelSummary channel) {
        if (channel.type().usesKey()) {
            return channel.keyHint();
        }
        return addresses.inboundUrl(channel).orElse("");
    }

    private String secretHints(ChannelSummary channel) {
        return channel.secretHints().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(hint -> getTranslation("channels.secret." + hint.getKey().name()) + " " + hint.getValue())
                .collect(Collectors.joining(", "));
    }

    private String origins(ChannelSummary channel) {
        if (channel.type() != ChannelType.WEB_WIDGET) {
            return "";
        }
        return channel.allowedOrigins().isEmpty()
                ? getTranslation("channels.origins-any")
                : String.join(", ", channel.allowedOrigins());
    }

    private Button button(String key, String id, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private void selected(java.util.function.Consumer<ChannelSummary> action) {
        var channel = grid.asSingleSelect().getValue();
        if (channel == null) {
            Messages.error("channels.select");
        } else {
            action.accept(channel);
        }
    }

    private void enableActions(ChannelSummary channel) {
        boolean active = channel != null && channel.status() == ChannelStatus.ACTIVE;
        edit.setEnabled(channel == null || active);
        rotate.setEnabled(channel == null || (active && channel.type().usesKey()));
        rotateSecret.setEnabled(
                channel == null || (active && generatedSecret(channel.type()).isPresent()));
        revoke.setEnabled(channel == null || active);
    }

    private void create() {
        new NewChannelDialog(channels, this::created).open();
    }

    private void created(NewChannel created) {
        refresh(created.channel().id());
        Messages.success("channels.created-message", created.channel().name());
        new ShownOnceDialog(created.channel(), created.key(), created.generatedSecrets(), false, addresses).open();
    }

    private void confirmRotate(ChannelSummary channel) {
        confirm("channels.rotate-title", "channels.rotate-text", "channels.rotate", channel, false, () -> {
            try {
                String key = channels.rotateKey(channel.id());
                refresh(channel.id());
                new ShownOnceDialog(channel, key, Map.of(), true, addresses).open();
            } catch (BusinessRuleException refused) {
                refresh(channel.id());
                Messages.show(refused, Map.of());
            }
        });
    }

    private void edit(ChannelSummary channel) {
        new EditChannelDialog(editing, channel, saved -> {
                    refresh(saved.id());
                    Messages.success("channels.saved", saved.name());
                })
                .open();
    }

    /** The secret ShopDesk generated for a channel type (webhook signing secret, Telegram secret_token). */
    private static Optional<SecretName> generatedSecret(ChannelType type) {
        return Arrays.stream(SecretName.values())
                .filter(name -> name.type() == type && name.generated())
                .findFirst();
    }

    private void confirmRotateSecret(ChannelSummary channel) {
        var name = generatedSecret(channel.type()).orElse(null);
        if (name == null) {
            Messages.error("channel.error.secret-not-generated");
            return;
        }
        confirm(
                "channels.rotate-secret-title",
                "channels.rotate-secret-text",
                "channels.rotate-secret",
                channel,
                false,
                () -> {
                    try {
                        String value = editing.rotateSecret(channel.id(), name);
                        refresh(channel.id());
                        new ShownOnceDialog(channel, null, Map.of(name, value), true, addresses).open();
                    } catch (BusinessRuleException refused) {
                        refresh(channel.id());
                        Messages.show(refused, Map.of());
                    }
                });
    }

    private void confirmRevoke(ChannelSummary channel) {
        confirm("channels.revoke-title", "channels.revoke-text", "channels.revoke", channel, true, () -> {
            try {
                channels.revokeChannel(channel.id());
                Messages.success("channels.revoked", channel.name());
            } catch (BusinessRuleException refused) {
                Messages.show(refused, Map.of());
            }
            refresh(channel.id());
        });
    }

    /** Asks before an action that takes effect at once; the buttons have ids so journeys can press them. */
    private void confirm(
            String title, String text, String action, ChannelSummary channel, boolean destructive, Runnable confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setId("channel-confirm");
        dialog.setHeader(getTranslation(title, channel.name()));
        dialog.setText(getTranslation(text));
        var ok = new Button(getTranslation(action), click -> {
            dialog.close();
            confirmed.run();
        });
        ok.setId("channel-confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("channel-confirm-cancel");
        dialog.setConfirmButton(ok);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
    }

    /** Reloads the list and selects the channel with the given id again, if it is still there. */
    private void refresh(Long selectedId) {
        var all = channels.channels();
        grid.setItems(all);
        all.stream()
                .filter(channel -> selectedId != null && channel.id() == selectedId)
                .findFirst()
                .ifPresentOrElse(
                        grid.asSingleSelect()::setValue,
                        () -> grid.asSingleSelect().clear());
        enableActions(grid.asSingleSelect().getValue());
    }

    /**
     * The server's address as the admin's browser reached it, so the embed tag and inbound URLs point at this
     * installation. Behind a proxy it takes the proxy's X-Forwarded headers when Spring Boot applies them (by default
     * on Kubernetes, else with {@code server.forward-headers-strategy}).
     */
    private static String publicBaseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build()
                .toUriString();
    }
}
