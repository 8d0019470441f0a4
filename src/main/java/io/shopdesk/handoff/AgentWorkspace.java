package io.shopdesk.handoff;

import io.shopdesk.conversation.AgentConversation;
import io.shopdesk.conversation.AgentDesk;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageView;
import io.shopdesk.conversation.QueuedConversation;
import io.shopdesk.conversation.SuggestedAnswer;
import io.shopdesk.conversation.TranscriptLine;
import io.shopdesk.handoff.internal.AgentPresence;
import io.shopdesk.handoff.internal.AgentProfileRepository;
import io.shopdesk.handoff.internal.HandoffRuleRepository;
import io.shopdesk.handoff.internal.SentimentScorer;
import io.shopdesk.knowledge.FaqTopics;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.MemberSummary;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.RequestRefusedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in agent does with handed-off conversations of their tenant: read the queue (per skill group)
 * and a conversation's transcript with the handoff reason, accept one (of two agents accepting at once exactly one
 * gets it), write to the customer live, close with a summary; presence and capacity, transfer to another skill
 * group, flags for the review queue, suggested answers, insights, and the tickets customers left.
 */
@Service
public class AgentWorkspace {

    public static final int MAX_CHATS_LIMIT = 20;

    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}_.-]{1,60}");

    private final AgentDesk desk;
    private final CurrentUser user;
    private final AgentPresence presence;
    private final SentimentScorer sentiment;
    private final FaqTopics topics;
    private final HandoffRuleRepository rules;
    private final AgentProfileRepository profiles;
    private final AccountManagement accounts;

    AgentWorkspace(
            AgentDesk desk,
            CurrentUser user,
            AgentPresence presence,
            SentimentScorer sentiment,
            FaqTopics topics,
            HandoffRuleRepository rules,
            AgentProfileRepository profiles,
            AccountManagement accounts) {
        this.desk = desk;
        this.user = user;
        this.presence = presence;
        this.sentiment = sentiment;
        this.topics = topics;
        this.rules = rules;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    /**
     * Waiting conversations, oldest first, numbered per skill group; {@code skillGroup} null for all. An agent who
     * is away gets none.
     */
    @PreAuthorize(Roles.HAS_AGENT)
    public List<QueuedConversation> queue(String skillGroup) {
        if (presence.status(currentAgent()).presence() == Presence.AWAY) {
            return List.of();
        }
        return desk.queue().stream()
                .filter(queued -> skillGroup == null || skillGroup.equals(queued.skillGroup()))
                .toList();
    }

    /** Messages customers left while nobody could answer (tickets), oldest first. */
    @PreAuthorize(Roles.HAS_AGENT)
    public List<QueuedConversation> tickets() {
        return desk.tickets();
    }

    /** The conversations the signed-in agent owns now. */
    @PreAuthorize(Roles.HAS_AGENT)
    public List<QueuedConversation> mine() {
        return desk.ownedBy(currentAgent());
    }

    /** The signed-in agent's presence, skill groups, capacity and owned conversations. */
    @PreAuthorize(Roles.HAS_AGENT)
    public AgentStatus status() {
        return presence.status(currentAgent());
    }

    /** The signed-in agent sets themselves online or away; away agents get no conversations. */
    @PreAuthorize(Roles.HAS_AGENT)
    public AgentStatus setPresence(Presence chosen) {
        if (chosen == null) {
            throw BusinessRuleException.onField("presence", "agent.error.presence");
        }
        presence.choose(currentAgent(), chosen);
        return status();
    }

    /** The signed-in agent's workspace is open (call every few seconds); the policy counts them as there. */
    @PreAuthorize(Roles.HAS_AGENT)
    public void heartbeat() {
        presence.heartbeat(currentAgent());
    }

    /** The signed-in agent's workspace closed: they are not available until it opens again. */
    @PreAuthorize(Roles.HAS_AGENT)
    public void leave() {
        presence.left(currentAgent());
    }

    /** A tenant admin sets an agent's skill groups (empty: every group) and capacity (1 to 20 chats at once). */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    public AgentStatus configure(String email, Set<String> skillGroups, int maxChats) {
        if (!AccountManagement.isValidEmail(email)) {
            throw BusinessRuleException.onField("email", "agent.error.email");
        }
        // Members' addresses are stored in lower case, as agents sign in with them.
        String member = email.strip().toLowerCase(java.util.Locale.ROOT);
        if (!accounts.memberEmailsOfCurrentTenant().contains(member)) {
            throw BusinessRuleException.onField("email", "agent.error.not-member", email.strip());
        }
        if (maxChats < 1 || maxChats > MAX_CHATS_LIMIT) {
            throw BusinessRuleException.onField("maxChats", "agent.error.max-chats", MAX_CHATS_LIMIT);
        }
        var groups = skillGroups == null ? Set.<String>of() : skillGroups;
        for (String group : groups) {
            if (group == null || !GROUP.matcher(group).matches()) {
                throw BusinessRuleException.onField("skillGroups", "handoff.error.skill-group");
            }
        }
        presence.configure(member, groups, maxChats);
        return presence.status(member);
    }

    /**
     * The tenant's members who can take conversations (agents, and admins, who may act as agents), by e-mail, with
     * their desks: presence, skill groups, capacity, conversations owned now, and whether they are in the workspace.
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    public List<TeamAgent> team() {
        var members = accounts.membersOfCurrentTenant().stream()
                .filter(member ->
                        member.roles().contains(Roles.AGENT) || member.roles().contains(Roles.TENANT_ADMIN))
                .sorted(java.util.Comparator.comparing(MemberSummary::email))
                .toList();
        var desks = presence.desks(members.stream().map(MemberSummary::email).toList());
        var team = new java.util.ArrayList<TeamAgent>();
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            var desk = desks.get(i);
            team.add(new TeamAgent(member.displayName(), desk.status(), desk.inWorkspace()));
        }
        return List.copyOf(team);
    }

    /** Skill groups known in the tenant (from its rules and its agents' profiles), sorted. */
    @PreAuthorize(Roles.HAS_AGENT)
    @Transactional(readOnly = true)
    public List<String> skillGroups() {
        var groups = new TreeSet<String>();
        rules.findAllByOrderByPositionAsc().stream()
                .map(row -> row.rule().skillGroup())
                .filter(Objects::nonNull)
                .forEach(groups::add);
        profiles.findAllByOrderByEmailAsc().forEach(profile -> groups.addAll(profile.skillGroups()));
        return List.copyOf(groups);
    }

    /** The signed-in agent's e-mail, as conversations name their owner. */
    @PreAuthorize(Roles.HAS_AGENT)
    public String currentAgent() {
        return user.require().email();
    }

    @PreAuthorize(Roles.HAS_AGENT)
    public AgentConversation conversation(String conversationId) {
        return desk.conversation(conversationId);
    }

    /**
     * Takes the conversation; false when another agent was first or it no longer waits. Refused (409 with a clear
     * message) while the agent is away or already owns as many conversations as their capacity allows.
     */
    @PreAuthorize(Roles.HAS_AGENT)
    public boolean accept(String conversationId) {
        String agent = currentAgent();
        try {
            presence.ensureProfile(agent);
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // The same agent's other accept created the desk first: it exists now, which is all this needs.
        }
        return presence.withDesk(agent, status -> {
            if (status.presence() == Presence.AWAY) {
                throw new RequestRefusedException(RequestRefusedException.Reason.CONFLICT, "agent.error.away");
            }
            if (status.ownedChats() >= status.maxChats()) {
                throw new RequestRefusedException(
                        RequestRefusedException.Reason.CONFLICT, "agent.error.full", status.maxChats());
            }
            return desk.accept(conversationId, agent);
        });
    }

    /** The owning agent passes the conversation to another skill group's queue. */
    @PreAuthorize(Roles.HAS_AGENT)
    public void transfer(String conversationId, String skillGroup) {
        String group = skillGroup == null ? "" : skillGroup.strip();
        if (!GROUP.matcher(group).matches()) {
            throw BusinessRuleException.onField("skillGroup", "handoff.error.skill-group");
        }
        if (group.equals(desk.conversation(conversationId).skillGroup())) {
            throw BusinessRuleException.onField("skillGroup", "agent.error.same-group");
        }
        desk.transfer(conversationId, currentAgent(), group);
    }

    /** Flags a bot answer of the transcript (its sequence number) for the review queue, reason "agent flag". */
    @PreAuthorize(Roles.HAS_AGENT)
    public void flagForReview(String conversationId, int seq) {
        desk.flagForReview(conversationId, seq);
    }

    /** Answers from the knowledge base for the customer's last message, best first. */
    @PreAuthorize(Roles.HAS_AGENT)
    public List<SuggestedAnswer> suggestedAnswers(String conversationId) {
        return desk.suggestedAnswers(conversationId);
    }

    /** The customer's attributes, the detected sentiment of their last messages and the topics of the bot's turns. */
    @PreAuthorize(Roles.HAS_AGENT)
    public ConversationInsights insights(String conversationId) {
        var conversation = desk.conversation(conversationId);
        double negativity = conversation.transcript().reversed().stream()
                .filter(line -> line.author() == MessageAuthor.CUSTOMER)
                .limit(3)
                .mapToDouble(line -> sentiment.negativity(line.text()))
                .max()
                .orElse(0);
        var found = new LinkedHashSet<String>();
        conversation.transcript().reversed().stream()
                .map(TranscriptLine::faqEntryId)
                .filter(Objects::nonNull)
                .forEach(entry -> found.addAll(topics.topicsOf(entry)));
        return new ConversationInsights(
                conversation.attributes(), negativity, negativity >= 0.5 ? "NEGATIVE" : "NEUTRAL", List.copyOf(found));
    }

    /** Answers a message the customer left (a ticket) and closes it; the reply goes back through the channel. */
    @PreAuthorize(Roles.HAS_AGENT)
    public MessageView answerTicket(String conversationId, String text) {
        return desk.answerTicket(conversationId, currentAgent(), text);
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
