package io.shopdesk.connector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.connector.FailedDelivery;
import io.shopdesk.connector.OutboundDeliveries;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The tenant's deliveries the outbox gave up (channel, conversation, attempts, last error, when), with "Send again",
 * which queues one again with a fresh count of attempts.
 */
@Route("channel-deliveries")
@Menu(order = 43.5, title = "nav.channel-deliveries", icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.TENANT_ADMIN)
class FailedDeliveriesView extends Main implements TranslatedTitle {

    private final OutboundDeliveries deliveries;
    private final Grid<FailedDelivery> grid = new Grid<>();

    FailedDeliveriesView(OutboundDeliveries deliveries) {
        this.deliveries = deliveries;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.channel-deliveries"), getTranslation("channel-deliveries.description")));
        grid.setId("failed-deliveries-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(delivery -> delivery.channelName() == null ? "#" + delivery.channelId() : delivery.channelName())
                .setHeader(getTranslation("channel-deliveries.channel"))
                .setAutoWidth(true);
        grid.addColumn(delivery -> getTranslation("channels.type." + delivery.channelType()))
                .setHeader(getTranslation("channels.type"))
                .setAutoWidth(true);
        grid.addColumn(delivery -> delivery.conversationId() + " #" + delivery.messageSeq())
                .setHeader(getTranslation("channel-deliveries.conversation"))
                .setAutoWidth(true);
        grid.addColumn(FailedDelivery::attempts)
                .setHeader(getTranslation("channel-deliveries.attempts"))
                .setAutoWidth(true);
        grid.addColumn(FailedDelivery::lastError)
                .setHeader(getTranslation("channel-deliveries.last-error"))
                .setFlexGrow(1);
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        grid.addColumn(delivery -> delivery.failedAt() == null
                        ? ""
                        : dates.format(delivery.failedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("channel-deliveries.failed-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::sendAgainButton).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("channel-deliveries.empty"));
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.channel-deliveries";
    }

    private Button sendAgainButton(FailedDelivery delivery) {
        var button = new Button(getTranslation("channel-deliveries.send-again"), click -> sendAgain(delivery));
        button.setId("delivery-send-again-" + delivery.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void sendAgain(FailedDelivery delivery) {
        try {
            deliveries.sendAgain(delivery.id());
            Messages.success("channel-deliveries.queued");
        } catch (NotFoundException gone) {
            Messages.error("channel-deliveries.gone");
        } catch (BusinessRuleException refused) {
            Messages.show(refused, Map.of());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(deliveries.failed());
    }
}
