package io.shopdesk.handoff.web;

import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.handoff.AgentWorkspace;
import io.shopdesk.shared.RequestRefusedException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent workspace over HTTP, for agent tools outside the console: the queue, a conversation, accept (409 when
 * another agent was first), write, close. The caller is the signed-in agent of the console API.
 */
@RestController
@RequestMapping("/api/v1/agent")
class AgentApi {

    private final AgentWorkspace workspace;

    AgentApi(AgentWorkspace workspace) {
        this.workspace = workspace;
    }

    record WriteRequest(String text) {}

    record CloseRequest(String summary) {}

    @GetMapping("/queue")
    List<QueuedConversation> queue(@RequestParam(required = false) String skillGroup) {
        return workspace.queue(skillGroup);
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

    @PostMapping("/conversations/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody(required = false) CloseRequest request) {
        workspace.close(id, request == null ? null : request.summary());
        return ResponseEntity.noContent().build();
    }
}
