package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.conversation.TranscriptLine;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The agent workspace: the queue of handed-off conversations (refreshed every few seconds), accepting one, its
 * transcript with the bot's confidence per turn and the handoff reason, the live chat (new customer messages arrive
 * by server push) and closing with a summary.
 */
@Route("agent-workspace")
@Menu(order = 40, title = "nav.agent-workspace", icon = "vaadin:headset")
@RolesAllowed({Roles.AGENT, Roles.TENANT_ADMIN})
class AgentWorkspaceView extends Main implements TranslatedTitle {

    private static final int QUEUE_REFRESH_MS = 3000;

    private final AgentWorkspace workspace;
    private final Grid<QueuedConversation> queue = new Grid<>();
    private final Div transcript = new Div();
    private final Paragraph about = new Paragraph();
    private final TextField reply = new TextField();
    private final Button send = new Button();
    private final TextArea summary = new TextArea();
    private final Button close = new Button();
    private final VerticalLayout chat = new VerticalLayout();
    private String current;
    private FeedSubscription following;
    private com.vaadin.flow.shared.Registration polling;

    AgentWorkspaceView(AgentWorkspace workspace) {
        this.workspace = workspace;
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.agent-workspace"), getTranslation("agent.description")));

        queue.addColumn(queued -> queued.skillGroup() == null ? "-" : queued.skillGroup())
                .setHeader(getTranslation("agent.skill-group"))
                .setAutoWidth(true);
        queue.addColumn(QueuedConversation::position).setHeader("#").setAutoWidth(true);
        queue.addColumn(queued -> queued.reason() == null ? "-" : queued.reason())
                .setHeader(getTranslation("agent.reason"))
                .setAutoWidth(true);
        queue.addComponentColumn(queued -> {
                    var accept = new Button(getTranslation("agent.accept"), click -> accept(queued.conversationId()));
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                    return accept;
                })
                .setAutoWidth(true);
        queue.setAllRowsVisible(true);
        queue.addClassName("sd-agent-queue");

        transcript.addClassName("sd-agent-transcript");
        reply.setPlaceholder(getTranslation("agent.reply"));
        reply.setWidthFull();
        send.setText(getTranslation("agent.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> write());
        reply.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, press -> write());
        summary.setLabel(getTranslation("agent.summary"));
        summary.setWidthFull();
        close.setText(getTranslation("agent.close"));
        close.addClickListener(click -> closeConversation());
        var writing = new HorizontalLayout(reply, send);
        writing.setWidthFull();
        chat.add(about, transcript, writing, summary, close);
        chat.setVisible(false);

        var columns = new HorizontalLayout(queue, chat);
        columns.setWidthFull();
        queue.setWidth("40%");
        chat.setWidth("60%");
        add(columns);
        refreshQueue();
    }

    @Override
    public String titleKey() {
        return "nav.agent-workspace";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(QUEUE_REFRESH_MS);
        polling = attach.getUI().addPollListener(poll -> refreshQueue());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        stopFollowing();
    }

    private void refreshQueue() {
        queue.setItems(workspace.queue(null));
    }

    private void accept(String conversationId) {
        try {
            if (!workspace.accept(conversationId)) {
                Notification.show(getTranslation("agent.taken"));
                refreshQueue();
                return;
            }
        } catch (RequestRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()));
            return;
        }
        refreshQueue();
        open(conversationId);
    }

    private void open(String conversationId) {
        stopFollowing();
        current = conversationId;
        var conversation = workspace.conversation(conversationId);
        about.setText(describe(conversation));
        transcript.removeAll();
        conversation.transcript().forEach(line -> transcript.add(line(line)));
        chat.setVisible(true);
        int cursor = conversation.transcript().isEmpty()
                ? 0
                : conversation.transcript().getLast().seq();
        var ui = UI.getCurrent();
        following = workspace.follow(conversationId, cursor, new ConversationUpdates() {
            @Override
            public void messages(List<MessageView> messages) {
                ui.access(() -> messages.forEach(message -> transcript.add(line(message))));
            }

            @Override
            public void state(ConversationState state) {}

            @Override
            public void heartbeat() {}

            @Override
            public void closed() {}
        });
    }

    private void write() {
        if (current == null || reply.isEmpty()) {
            return;
        }
        try {
            workspace.write(current, reply.getValue());
            reply.clear();
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }

    private void closeConversation() {
        try {
            workspace.close(current, summary.getValue());
        } catch (BusinessRuleException refused) {
            summary.setInvalid(true);
            summary.setErrorMessage(getTranslation(refused.messageKey(), 2000));
            return;
        }
        stopFollowing();
        current = null;
        summary.clear();
        chat.setVisible(false);
        Notification.show(getTranslation("agent.closed"));
    }

    private String describe(AgentConversation conversation) {
        var text = new StringBuilder(getTranslation("agent.reason"))
                .append(": ")
                .append(conversation.reason() == null ? "-" : conversation.reason());
        if (conversation.skillGroup() != null) {
            text.append(" · ")
                    .append(getTranslation("agent.skill-group"))
                    .append(": ")
                    .append(conversation.skillGroup());
        }
        conversation
                .attributes()
                .forEach((key, value) ->
                        text.append(" · ").append(key).append('=').append(value));
        return text.toString();
    }

    private Div line(TranscriptLine line) {
        var div = line(line.author().name(), line.text());
        if (line.confidence() != null) {
            var confidence =
                    new Span(String.format(Locale.ROOT, " (%s %.0f%%)", line.outcome(), line.confidence() * 100));
            confidence.addClassName("sd-agent-confidence");
            div.add(confidence);
        }
        return div;
    }

    private Div line(MessageView message) {
        return line(message.author().name(), message.text());
    }

    private Div line(String author, String text) {
        var div = new Div(
                new Span(getTranslation("agent.author." + author.toLowerCase(Locale.ROOT)) + ": "), new Span(text));
        div.addClassName("sd-agent-line");
        div.addClassName("sd-agent-" + author.toLowerCase(Locale.ROOT));
        return div;
    }

    private void stopFollowing() {
        if (following != null) {
            following.close();
            following = null;
        }
    }
}
