package io.shopdesk.handoff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.orders.LookedUpOrder;
import io.shopdesk.orders.OrderLookups;
import io.shopdesk.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One conversation in the agent workspace: the reason, the customer's attributes with the detected sentiment and
 * topics, the order the bot looked up, the transcript (bot turns with their confidence and a flag for review), live by server push; accepting;
 * suggested answers; writing, transferring and closing with a summary; or answering a ticket.
 */
class ConversationPanel extends VerticalLayout {

    private final AgentWorkspace workspace;
    private final OrderLookups orders;
    private final Runnable changed;
    private final Paragraph about = new Paragraph();
    private final Paragraph insights = new Paragraph();
    private final Paragraph order = new Paragraph();
    private final Button accept = new Button();
    private final Div transcript = new Div();
    private final Div suggestions = new Div();
    private final TextField reply = new TextField();
    private final HorizontalLayout writing = new HorizontalLayout();
    private final ComboBox<String> transferTo = new ComboBox<>();
    private final HorizontalLayout transferring = new HorizontalLayout();
    private final TextArea summary = new TextArea();
    private final Button close = new Button();
    private final TextArea ticketAnswer = new TextArea();
    private final Button answer = new Button();
    private final Set<Integer> shown = new HashSet<>();
    private String current;
    private FeedSubscription following;

    ConversationPanel(AgentWorkspace workspace, OrderLookups orders, Runnable changed) {
        this.workspace = workspace;
        this.orders = orders;
        this.changed = changed;
        about.addClassName("sd-agent-about");
        insights.addClassName("sd-agent-insights");
        order.addClassName("sd-agent-order");
        accept.setText(getTranslation("agent.accept"));
        accept.addClassName("sd-agent-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> accept());
        transcript.addClassName("sd-agent-transcript");
        suggestions.addClassName("sd-agent-suggestions");

        reply.setPlaceholder(getTranslation("agent.reply"));
        reply.addClassName("sd-agent-reply");
        reply.setWidthFull();
        reply.addKeyPressListener(Key.ENTER, press -> write());
        var send = new Button(getTranslation("agent.send"), click -> write());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writing.add(reply, send);
        writing.setWidthFull();

        transferTo.setLabel(getTranslation("agent.transfer-to"));
        transferTo.addClassName("sd-agent-transfer-to");
        transferTo.setAllowCustomValue(true);
        transferTo.addCustomValueSetListener(custom -> transferTo.setValue(custom.getDetail()));
        var transfer = new Button(getTranslation("agent.transfer"), click -> transfer());
        transfer.addClassName("sd-agent-transfer");
        transferring.add(transferTo, transfer);
        transferring.setAlignItems(FlexComponent.Alignment.BASELINE);

        summary.setLabel(getTranslation("agent.summary"));
        summary.addClassName("sd-agent-summary");
        summary.setWidthFull();
        close.setText(getTranslation("agent.close"));
        close.addClassName("sd-agent-close");
        close.addClickListener(click -> closeConversation());

        ticketAnswer.setLabel(getTranslation("agent.ticket-answer"));
        ticketAnswer.addClassName("sd-agent-ticket-answer");
        ticketAnswer.setWidthFull();
        answer.setText(getTranslation("agent.ticket-send"));
        answer.addClassName("sd-agent-ticket-send");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(click -> answerTicket());

        add(
                about,
                insights,
                order,
                accept,
                transcript,
                suggestions,
                writing,
                transferring,
                summary,
                close,
                ticketAnswer,
                answer);
        setPadding(false);
        setVisible(false);
    }

    /** The order the bot looked up, on one line: number, status, carrier, tracking number, ETA, latest update. */
    private String describeOrder(LookedUpOrder looked) {
        return switch (looked.outcome()) {
            case NOT_FOUND -> getTranslation("agent.order.not-found", looked.orderNumber());
            case FAILED -> getTranslation("agent.order.failed", looked.orderNumber());
            case FOUND -> {
                var details = looked.details();
                var facts = new ArrayList<String>();
                for (String fact : new String[] {
                    details.status(),
                    details.carrier(),
                    details.trackingNumber(),
                    details.estimatedDelivery(),
                    details.lastUpdate()
                }) {
                    if (fact != null) {
                        facts.add(fact);
                    }
                }
                yield getTranslation("agent.order", looked.orderNumber(), String.join(" · ", facts));
            }
        };
    }

    String current() {
        return current;
    }

    void open(String conversationId) {
        stopFollowing();
        current = conversationId;
        var conversation = workspace.conversation(conversationId);
        about.setText(describe(conversation));
        var found = workspace.insights(conversationId);
        var text = new StringBuilder(getTranslation("agent.sentiment"))
                .append(": ")
                .append(getTranslation("agent.sentiment." + found.sentiment().toLowerCase(Locale.ROOT)))
                .append(" · ")
                .append(getTranslation("agent.topics"))
                .append(": ")
                .append(found.topics().isEmpty() ? "-" : String.join(", ", found.topics()));
        found.attributes()
                .forEach((key, value) ->
                        text.append(" · ").append(key).append('=').append(value));
        insights.setText(text.toString());
        var looked = orders.lastIn(conversationId);
        order.setText(looked.map(this::describeOrder).orElse(""));
        order.setVisible(looked.isPresent());
        transcript.removeAll();
        shown.clear();
        conversation
                .transcript()
                .forEach(line -> add(
                        line.seq(),
                        line.author(),
                        line.text(),
                        line.confidence() == null
                                ? null
                                : String.format(Locale.ROOT, " (%s %.0f%%)", line.outcome(), line.confidence() * 100)));
        boolean waiting = conversation.state() == ConversationState.WAITING_FOR_AGENT;
        boolean mine = conversation.state() == ConversationState.WITH_AGENT
                && workspace.currentAgent().equals(conversation.agent());
        accept.setVisible(waiting && !conversation.ticket());
        ticketAnswer.setVisible(waiting && conversation.ticket());
        answer.setVisible(waiting && conversation.ticket());
        writing.setVisible(mine);
        transferring.setVisible(mine);
        summary.setVisible(mine);
        close.setVisible(mine);
        if (mine) {
            transferTo.setItems(workspace.skillGroups());
        }
        showSuggestions(waiting || mine);
        setVisible(true);
        follow(
                conversationId,
                conversation.transcript().isEmpty()
                        ? 0
                        : conversation.transcript().getLast().seq());
    }

    private void follow(String conversationId, int cursor) {
        var ui = UI.getCurrent();
        following = workspace.follow(conversationId, cursor, new ConversationUpdates() {
            @Override
            public void messages(List<MessageView> messages) {
                ui.access(() -> messages.forEach(message -> {
                    add(message.seq(), message.author(), message.text(), null);
                    if (message.author() == MessageAuthor.CUSTOMER && conversationId.equals(current)) {
                        showSuggestions(true);
                    }
                }));
            }

            @Override
            public void state(ConversationState state) {}

            @Override
            public void heartbeat() {}

            @Override
            public void closed() {}
        });
    }

    void stopFollowing() {
        if (following != null) {
            following.close();
            following = null;
        }
    }

    private void accept() {
        try {
            if (!workspace.accept(current)) {
                Notification.show(getTranslation("agent.taken"));
            } else {
                open(current);
                reply.focus();
            }
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
        changed.run();
    }

    private void write() {
        if (current == null || reply.isEmpty()) {
            return;
        }
        try {
            workspace.write(current, reply.getValue());
            reply.clear();
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void transfer() {
        try {
            workspace.transfer(current, transferTo.getValue());
        } catch (BusinessRuleException refused) {
            transferTo.setInvalid(true);
            transferTo.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notification.show(getTranslation("agent.transferred", transferTo.getValue()));
        finish();
    }

    private void closeConversation() {
        try {
            workspace.close(current, summary.getValue());
        } catch (BusinessRuleException refused) {
            summary.setInvalid(true);
            summary.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notification.show(getTranslation("agent.closed"));
        finish();
    }

    private void answerTicket() {
        try {
            workspace.answerTicket(current, ticketAnswer.getValue());
        } catch (BusinessRuleException refused) {
            ticketAnswer.setInvalid(true);
            ticketAnswer.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notification.show(getTranslation("agent.ticket-answered"));
        finish();
    }

    private void finish() {
        stopFollowing();
        current = null;
        summary.clear();
        summary.setInvalid(false);
        ticketAnswer.clear();
        ticketAnswer.setInvalid(false);
        transferTo.clear();
        transferTo.setInvalid(false);
        setVisible(false);
        changed.run();
    }

    private void showSuggestions(boolean shownNow) {
        suggestions.removeAll();
        if (!shownNow || current == null) {
            return;
        }
        var found = workspace.suggestedAnswers(current);
        if (found.isEmpty()) {
            return;
        }
        suggestions.add(new H3(getTranslation("agent.suggestions")));
        for (var suggested : found) {
            var use = new Button(getTranslation("agent.use"), click -> {
                reply.setValue(suggested.answer());
                ticketAnswer.setValue(suggested.answer());
            });
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row = new Div(
                    new Span(String.format(
                            Locale.ROOT, "%s (%.0f%%): ", suggested.question(), suggested.confidence() * 100)),
                    new Span(suggested.answer()),
                    use);
            row.addClassName("sd-agent-suggestion");
            suggestions.add(row);
        }
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
        if (conversation.ticket()) {
            text.append(" · ").append(getTranslation("agent.ticket"));
        }
        return text.toString();
    }

    private void add(int seq, MessageAuthor author, String text, String confidence) {
        if (!shown.add(seq)) {
            return;
        }
        String name = author.name().toLowerCase(Locale.ROOT);
        var div = new Div(new Span(getTranslation("agent.author." + name) + ": "), new Span(text));
        div.addClassName("sd-agent-line");
        div.addClassName("sd-agent-" + name);
        if (confidence != null) {
            var shownConfidence = new Span(confidence);
            shownConfidence.addClassName("sd-agent-confidence");
            var flag = new Button(getTranslation("agent.flag"), click -> flag(seq, click.getSource()));
            flag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            flag.addClassName("sd-agent-flag");
            div.add(shownConfidence, flag);
        }
        transcript.add(div);
    }

    private void flag(int seq, Button button) {
        try {
            workspace.flagForReview(current, seq);
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        button.setEnabled(false);
        button.setText(getTranslation("agent.flagged"));
    }
}
