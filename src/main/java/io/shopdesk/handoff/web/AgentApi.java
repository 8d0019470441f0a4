package io.shopdesk.handoff.web;

import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.handoff.AgentStatus;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.handoff.Presence;
import io.shopdesk.orders.OrderLookups;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.RequestRefusedException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent workspace over HTTP, for agent tools outside the console: presence (read, set online or away, and a
 * heartbeat that counts the agent as there), the queue, the agent's own conversations and the tickets (each row with
 * the order the customer asked about), a conversation, accept (409 when another agent was first), write, transfer to
 * another skill group, flag a bot turn for review, close, and answer a ticket. The caller is the signed-in agent of
 * the console API; every operation is the {@link AgentWorkspace} method the console's workspace calls.
 */
@RestController
@RequestMapping("/api/v1/agent")
class AgentApi {

    private final AgentWorkspace workspace;
    private final OrderLookups orders;

    AgentApi(AgentWorkspace workspace, OrderLookups orders) {
        this.workspace = workspace;
        this.orders = orders;
    }

    record WriteRequest(String text) {}

    record CloseRequest(String summary) {}

    record PresenceRequest(String presence) {}

    record TransferRequest(String skillGroup) {}

    @GetMapping("/presence")
    AgentStatus presence() {
        return workspace.status();
    }

    @PutMapping("/presence")
    AgentStatus setPresence(@RequestBody(required = false) PresenceRequest request) {
        String chosen = request == null || request.presence() == null
                ? ""
                : request.presence().strip().toUpperCase(Locale.ROOT);
        var presence = Arrays.stream(Presence.values())
                .filter(value -> value.name().equals(chosen))
                .findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("presence", "agent.error.presence"));
        return workspace.setPresence(presence);
    }

    /** The agent's tool is open (call it every 30 s or so): the policy counts an online agent as there. */
    @PostMapping("/presence/heartbeat")
    ResponseEntity<Void> heartbeat() {
        workspace.heartbeat();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/queue")
    List<AgentQueueItem> queue(@RequestParam(required = false) String skillGroup) {
        return withOrders(workspace.queue(skillGroup));
    }

    @GetMapping("/mine")
    List<AgentQueueItem> mine() {
        return withOrders(workspace.mine());
    }

    @GetMapping("/tickets")
    List<AgentQueueItem> tickets() {
        return withOrders(workspace.tickets());
    }

    @GetMapping("/conversations/{id}")
    AgentConversation conversation(@PathVariable String id) {
        return workspace.conversation(id);
    }

    @PostMapping("/conversations/{id}/accept")
    ResponseEntity<Void> accept(@PathVariable String id) {
        if (!workspace.accept(id)) {
            throw new RequestRefusedException(RequestRefusedException.Reason.CONFLICT, "agent.taken");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/messages")
    MessageView write(@PathVariable String id, @RequestBody WriteRequest request) {
        return workspace.write(id, request == null ? null : request.text());
    }

    @PostMapping("/conversations/{id}/transfer")
    ResponseEntity<Void> transfer(@PathVariable String id, @RequestBody(required = false) TransferRequest request) {
        workspace.transfer(id, request == null ? null : request.skillGroup());
        return ResponseEntity.noContent().build();
    }

    /** Flags the bot's answer with this sequence number (as the transcript numbers its lines) for review. */
    @PostMapping("/conversations/{id}/turns/{seq}/flag")
    ResponseEntity<Void> flag(@PathVariable String id, @PathVariable int seq) {
        workspace.flagForReview(id, seq);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody(required = false) CloseRequest request) {
        workspace.close(id, request == null ? null : request.summary());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tickets/{id}/answer")
    MessageView answerTicket(@PathVariable String id, @RequestBody(required = false) WriteRequest request) {
        return workspace.answerTicket(id, request == null ? null : request.text());
    }

    /** The rows with the orders looked up in them, read in one query for the whole list. */
    private List<AgentQueueItem> withOrders(List<QueuedConversation> rows) {
        var looked = orders.lastIn(
                rows.stream().map(QueuedConversation::conversationId).toList());
        return rows.stream()
                .map(row -> AgentQueueItem.of(row, looked.get(row.conversationId())))
                .toList();
    }
}
