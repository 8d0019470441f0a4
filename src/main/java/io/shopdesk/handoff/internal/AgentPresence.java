package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.AgentDesk;
import io.shopdesk.handoff.AgentStatus;
import io.shopdesk.handoff.Presence;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' presence and capacity, kept in the database so every node sees the same agents. An agent is available to
 * the policy when they chose {@code ONLINE}, their workspace showed them within {@code shopdesk.agent.presence-timeout}
 * and they own fewer conversations than their capacity. Agents without a profile yet count as online with the
 * default capacity ({@code shopdesk.agent.max-chats}) for accepting, but are not available until a workspace shows
 * them.
 */
@Component
public class AgentPresence implements AgentAvailability {

    /** How often the workspace's heartbeat actually writes. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(20);

    private final AgentProfileRepository profiles;
    private final AgentDesk desk;
    private final Clock clock;
    private final int defaultMaxChats;
    private final Duration timeout;

    AgentPresence(
            AgentProfileRepository profiles,
            AgentDesk desk,
            Clock clock,
            @Value("${shopdesk.agent.max-chats:3}") int defaultMaxChats,
            @Value("${shopdesk.agent.presence-timeout:90s}") Duration timeout) {
        this.profiles = profiles;
        this.desk = desk;
        this.clock = clock;
        this.defaultMaxChats = defaultMaxChats;
        this.timeout = timeout;
    }

    /** The agent's desk in the current tenant. */
    @Transactional(readOnly = true)
    public AgentStatus status(String email) {
        var owned = desk.ownedPerAgent().getOrDefault(email, 0);
        return profiles.findByEmail(email)
                .map(profile -> status(profile, owned))
                .orElseGet(() -> defaultStatus(email, owned));
    }

    /**
     * Creates the agent's desk when it is missing, in a transaction of its own: a locking read of a missing row
     * would take a gap lock, and two agents inserting into the same gap deadlock.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureProfile(String email) {
        if (profiles.findByEmail(email).isEmpty()) {
            create(email);
        }
    }

    /**
     * Runs {@code work} (an accept) while holding the agent's desk locked, so one agent's accepts take turns and
     * capacity holds; call {@link #ensureProfile} first.
     */
    @Transactional
    public <T> T withDesk(String email, Function<AgentStatus, T> work) {
        var profile = profiles.lockByEmail(email).orElseThrow();
        return work.apply(status(profile, desk.ownedPerAgent().getOrDefault(email, 0)));
    }

    /** The agent chose a presence in the workspace (which shows them there now). */
    @Transactional
    public void choose(String email, Presence presence) {
        var profile = profiles.findByEmail(email).orElseGet(() -> create(email));
        profile.presence(presence);
        profile.seen(now());
    }

    /** The agent's workspace is open: they count as there for the next while (writes at most every 20 s). */
    @Transactional
    public void heartbeat(String email) {
        var profile = profiles.findByEmail(email).orElseGet(() -> create(email));
        Instant now = now();
        if (profile.seenAt() == null || profile.seenAt().plus(TOUCH_EVERY).isBefore(now)) {
            profile.seen(now);
        }
    }

    /** The agent's workspace closed: they are not there any more (their chosen presence stays). */
    @Transactional
    public void left(String email) {
        profiles.findByEmail(email).ifPresent(profile -> profile.seen(null));
    }

    /**
     * The desks of these agents in the current tenant, in the given order, each with whether the agent's workspace
     * showed them within the presence time-out. Agents without a profile get the default one and are not there.
     */
    @Transactional(readOnly = true)
    public List<Desk> desks(List<String> emails) {
        Instant since = now().minus(timeout);
        var owned = desk.ownedPerAgent();
        var byEmail = profiles.findAllByOrderByEmailAsc().stream()
                .collect(java.util.stream.Collectors.toMap(AgentProfile::email, profile -> profile));
        return emails.stream()
                .map(email -> {
                    int chats = owned.getOrDefault(email, 0);
                    var profile = byEmail.get(email);
                    if (profile == null) {
                        return new Desk(defaultStatus(email, chats), false);
                    }
                    return new Desk(status(profile, chats), there(profile, since));
                })
                .toList();
    }

    /** An agent's desk and whether their workspace showed them lately. */
    public record Desk(AgentStatus status, boolean inWorkspace) {}

    @Transactional
    public void configure(String email, Set<String> skillGroups, int maxChats) {
        var profile = profiles.findByEmail(email).orElseGet(() -> create(email));
        profile.configure(skillGroups, maxChats);
    }

    @Override
    public boolean available(TenantId tenant, String skillGroup) {
        return TenantContext.callAs(tenant, () -> {
            Instant since = now().minus(timeout);
            var owned = desk.ownedPerAgent();
            return profiles.findAllByOrderByEmailAsc().stream()
                    .filter(profile -> profile.presence() == Presence.ONLINE)
                    .filter(profile -> there(profile, since))
                    .filter(profile -> profile.serves(skillGroup))
                    .anyMatch(profile -> owned.getOrDefault(profile.email(), 0) < profile.maxChats());
        });
    }

    /** Whether this agent could take one more conversation now (online, there, with capacity). */
    @Override
    public boolean available(TenantId tenant, String email, String skillGroup) {
        return TenantContext.callAs(tenant, () -> {
            var profile = profiles.findByEmail(email);
            if (profile.isEmpty()
                    || profile.get().presence() != Presence.ONLINE
                    || !there(profile.get(), now().minus(timeout))) {
                return false;
            }
            return desk.ownedPerAgent().getOrDefault(email, 0) < profile.get().maxChats();
        });
    }

    private AgentProfile create(String email) {
        return profiles.saveAndFlush(new AgentProfile(email, defaultMaxChats));
    }

    /** Whether the agent's workspace showed them after {@code since}. */
    private static boolean there(AgentProfile profile, Instant since) {
        return profile.seenAt() != null && profile.seenAt().isAfter(since);
    }

    /** The desk of an agent who has no profile yet: online, every group, the default capacity. */
    private AgentStatus defaultStatus(String email, int owned) {
        return new AgentStatus(email, Presence.ONLINE, Set.of(), defaultMaxChats, owned);
    }

    private static AgentStatus status(AgentProfile profile, int owned) {
        return new AgentStatus(profile.email(), profile.presence(), profile.skillGroups(), profile.maxChats(), owned);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
