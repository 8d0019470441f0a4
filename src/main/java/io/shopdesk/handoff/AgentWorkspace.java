package io.shopdesk.handoff;

import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.AgentDesk;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the signed-in agent does with handed-off conversations of their tenant: read the queue (per skill group)
 * and a conversation's transcript with the handoff reason, accept one (of two agents accepting at once exactly one
 * gets it), write to the customer live, close with a summary.
 */
@Service
public class AgentWorkspace {

    private final AgentDesk desk;
    private final CurrentUser user;

    AgentWorkspace(AgentDesk desk, CurrentUser user) {
        this.desk = desk;
        this.user = user;
    }

    /** Waiting conversations, oldest first, numbered per skill group; {@code skillGroup} null for all. */
    @PreAuthorize(Roles.HAS_AGENT)
    public List<QueuedConversation> queue(String skillGroup) {
        return desk.queue().stream()
                .filter(queued -> skillGroup == null || skillGroup.equals(queued.skillGroup()))
                .toList();
    }

    @PreAuthorize(Roles.HAS_AGENT)
    public AgentConversation conversation(String conversationId) {
        return desk.conversation(conversationId);
    }

    /** Takes the conversation; false when another agent was first or it no longer waits. */
    @PreAuthorize(Roles.HAS_AGENT)
    public boolean accept(String conversationId) {
        return desk.accept(conversationId, user.require().email());
    }

    /** Follows the conversation live (new customer and agent messages) from a sequence number on. */
    @PreAuthorize(Roles.HAS_AGENT)
    public FeedSubscription follow(String conversationId, int afterSeq, ConversationUpdates updates) {
        return desk.follow(conversationId, afterSeq, updates);
    }

    @PreAuthorize(Roles.HAS_AGENT)
    public MessageView write(String conversationId, String text) {
        return desk.write(conversationId, user.require().email(), text);
    }

    @PreAuthorize(Roles.HAS_AGENT)
    public void close(String conversationId, String summary) {
        desk.close(conversationId, user.require().email(), summary);
    }
}
