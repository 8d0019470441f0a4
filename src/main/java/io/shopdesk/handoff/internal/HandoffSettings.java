package io.shopdesk.handoff.internal;

import io.shopdesk.conversation.ReopenRoute;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A tenant's handoff settings besides its rules: where a closed conversation goes when the customer writes again. */
@Entity
@Table(name = "handoff_settings")
public class HandoffSettings {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reopen_to")
    private ReopenRoute reopenTo;

    @Version
    private long version;

    protected HandoffSettings() {}

    public HandoffSettings(String tenantId, ReopenRoute reopenTo) {
        this.tenantId = tenantId;
        this.reopenTo = reopenTo;
    }

    public ReopenRoute reopenTo() {
        return reopenTo;
    }

    public void reopenTo(ReopenRoute route) {
        reopenTo = route;
    }
}
