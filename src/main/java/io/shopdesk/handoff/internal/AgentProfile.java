package io.shopdesk.handoff.internal;

import io.shopdesk.handoff.Presence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.TenantId;

/**
 * An agent's desk in one tenant: presence chosen in the workspace, when the workspace last showed the agent there
 * ({@code seenAt}, {@code null} once it closed), skill groups and capacity.
 */
@Entity
@Table(name = "agent_profile")
public class AgentProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private String email;

    @Enumerated(EnumType.STRING)
    private Presence presence;

    @Column(name = "skill_groups")
    private String skillGroups;

    @Column(name = "max_chats")
    private int maxChats;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Version
    private long version;

    protected AgentProfile() {}

    public AgentProfile(String email, int maxChats) {
        this.email = email;
        this.presence = Presence.ONLINE;
        this.skillGroups = "";
        this.maxChats = maxChats;
    }

    public String email() {
        return email;
    }

    public Presence presence() {
        return presence;
    }

    public void presence(Presence presence) {
        this.presence = presence;
    }

    public Set<String> skillGroups() {
        var groups = new TreeSet<String>();
        Arrays.stream(skillGroups.split(","))
                .map(String::strip)
                .filter(group -> !group.isEmpty())
                .forEach(groups::add);
        return groups;
    }

    public void configure(Set<String> skillGroups, int maxChats) {
        this.skillGroups = String.join(",", new TreeSet<>(skillGroups));
        this.maxChats = maxChats;
    }

    public int maxChats() {
        return maxChats;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public void seen(Instant at) {
        seenAt = at;
    }

    /** Whether the agent serves a skill group ({@code null}: any group). */
    public boolean serves(String skillGroup) {
        var groups = skillGroups();
        return skillGroup == null || groups.isEmpty() || groups.contains(skillGroup);
    }
}
