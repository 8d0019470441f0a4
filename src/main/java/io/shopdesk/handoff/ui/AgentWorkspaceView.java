package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.handoff.Presence;
import io.shopdesk.orders.LookedUpOrder;
import io.shopdesk.orders.OrderLookups;
import io.shopdesk.security.Roles;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The agent workspace: the agent's presence and capacity, their own conversations, the queue of handed-off
 * conversations and the tickets customers left, each row with the order the customer asked about (refreshed every few
 * seconds, which also tells the policy the agent is there; the orders of all rows are read in one query), and the open
 * conversation (see {@link ConversationPanel}). Clicking a row opens it.
 */
@Route("agent-workspace")
@Menu(order = 40, title = "nav.agent-workspace", icon = "vaadin:headset")
@RolesAllowed({Roles.AGENT, Roles.TENANT_ADMIN})
class AgentWorkspaceView extends Main implements TranslatedTitle {

    private static final int REFRESH_MS = 3000;

    private final AgentWorkspace workspace;
    private final OrderLookups orders;
    private final Select<Presence> presence = new Select<>();
    private final Span capacity = new Span();
    private final Grid<QueuedConversation> mine = new Grid<>();
    private final Grid<QueuedConversation> queue = new Grid<>();
    private final Grid<QueuedConversation> tickets = new Grid<>();
    private final Span away = new Span();
    private final ConversationPanel panel;
    private Registration polling;
    private Map<String, LookedUpOrder> rowOrders = Map.of();

    AgentWorkspaceView(AgentWorkspace workspace, OrderLookups orders) {
        this.workspace = workspace;
        this.orders = orders;
        this.panel = new ConversationPanel(workspace, orders, this::refresh);
        addClassName("sd-page");

        presence.setLabel(getTranslation("agent.presence"));
        presence.addClassName("sd-agent-presence");
        presence.setItems(Presence.values());
        presence.setItemLabelGenerator(
                value -> getTranslation("agent.presence." + value.name().toLowerCase(Locale.ROOT)));
        presence.setValue(workspace.status().presence());
        presence.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                workspace.setPresence(change.getValue());
                refresh();
            }
        });
        capacity.addClassName("sd-agent-capacity");
        var status = new HorizontalLayout(presence, capacity);
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new ViewHeader(getTranslation("nav.agent-workspace"), getTranslation("agent.description"), status));

        columns(mine, false);
        mine.addClassName("sd-agent-mine");
        columns(queue, true);
        queue.addClassName("sd-agent-queue");
        columns(tickets, false);
        tickets.addClassName("sd-agent-tickets");
        away.setText(getTranslation("agent.away-note"));
        away.addClassName("sd-agent-away-note");

        var lists = new VerticalLayout(
                new H3(getTranslation("agent.mine")),
                mine,
                new H3(getTranslation("agent.queue")),
                away,
                queue,
                new H3(getTranslation("agent.tickets")),
                tickets);
        lists.setPadding(false);
        lists.setWidth("40%");
        panel.setWidth("60%");
        var layout = new HorizontalLayout(lists, panel);
        layout.setWidthFull();
        add(layout);
        refresh();
    }

    private void columns(Grid<QueuedConversation> grid, boolean positions) {
        grid.addColumn(queued -> queued.skillGroup() == null ? "-" : queued.skillGroup())
                .setHeader(getTranslation("agent.skill-group"))
                .setAutoWidth(true);
        if (positions) {
            grid.addColumn(QueuedConversation::position).setHeader("#").setAutoWidth(true);
        }
        grid.addColumn(queued -> queued.reason() == null ? "-" : queued.reason())
                .setHeader(getTranslation("agent.reason"))
                .setAutoWidth(true);
        // The order goes under the last message rather than into a column of its own: the lists are narrow.
        grid.addColumn(LitRenderer.<QueuedConversation>of(
                                "<div>${item.question}</div><div class=\"sd-agent-row-order\" ?hidden=${!item.order}"
                                        + " style=\"color: var(--lumo-secondary-text-color);"
                                        + " font-size: var(--lumo-font-size-s)\">${item.order}</div>")
                        .withProperty("question", queued -> queued.lastQuestion() == null ? "-" : queued.lastQuestion())
                        .withProperty("order", queued -> describeOrder(rowOrders.get(queued.conversationId()))))
                .setHeader(getTranslation("agent.last-question"))
                .setFlexGrow(1);
        grid.addItemClickListener(click -> panel.open(click.getItem().conversationId()));
        grid.setAllRowsVisible(true);
    }

    @Override
    public String titleKey() {
        return "nav.agent-workspace";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        workspace.heartbeat();
        attach.getUI().setPollInterval(REFRESH_MS);
        polling = attach.getUI().addPollListener(poll -> {
            workspace.heartbeat();
            refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        panel.stopFollowing();
        try {
            workspace.leave();
        } catch (AuthenticationException | AccessDeniedException sessionEnded) {
            // A session that expires detaches its views without a signed-in user; the presence timeout covers it.
        }
    }

    private void refresh() {
        var status = workspace.status();
        capacity.setText(getTranslation("agent.capacity", status.ownedChats(), status.maxChats()));
        away.setVisible(status.presence() == Presence.AWAY);
        var owned = workspace.mine();
        var waiting = workspace.queue(null);
        var left = workspace.tickets();
        rowOrders = orders.lastIn(Stream.of(owned, waiting, left)
                .flatMap(List::stream)
                .map(QueuedConversation::conversationId)
                .toList());
        mine.setItems(owned);
        queue.setItems(waiting);
        tickets.setItems(left);
    }

    /**
     * The order on a row, short: its number and status, or that the order system did not find or answer it; empty
     * when the bot looked none up.
     */
    private String describeOrder(LookedUpOrder looked) {
        if (looked == null) {
            return "";
        }
        String order = switch (looked.outcome()) {
            case NOT_FOUND -> getTranslation("agent.queue-order.not-found", looked.orderNumber());
            case FAILED -> getTranslation("agent.queue-order.failed", looked.orderNumber());
            case FOUND ->
                looked.details().status() == null
                        ? looked.orderNumber()
                        : looked.orderNumber() + " · " + looked.details().status();
        };
        return getTranslation("agent.queue-order", order);
    }
}
