package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.handoff.HandoffRule;
import io.shopdesk.handoff.HandoffRuleType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** One stored rule of a tenant's handoff policy, at its position. */
@Entity
@Table(name = "handoff_rule")
public class HandoffRuleRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private HandoffRuleType type;

    private String parameter;

    @Enumerated(EnumType.STRING)
    private HandoffAction action;

    @Column(name = "skill_group")
    private String skillGroup;

    private String message;

    private boolean enabled;

    @Version
    private long version;

    protected HandoffRuleRow() {}

    public HandoffRuleRow(int position, HandoffRule rule) {
        this.position = position;
        this.name = rule.name();
        this.type = rule.type();
        this.parameter = rule.parameter();
        this.action = rule.action();
        this.skillGroup = rule.skillGroup();
        this.message = rule.message();
        this.enabled = rule.enabled();
    }

    public HandoffRule rule() {
        return new HandoffRule(name, type, parameter, action, skillGroup, message, enabled);
    }
}
