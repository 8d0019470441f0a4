package io.shopdesk.connector;

import io.shopdesk.shared.TenantId;
import java.util.Map;

/**
 * How long tenants keep their customers' messages, as their data protection settings say. The connectors' outbox
 * keeps a copy of each message it delivers; it deletes that copy once the tenant's retention has passed, even when
 * the outbox's own keeping time ({@code shopdesk.channel.outbox.keep}) is longer. Implemented by the module that
 * owns the settings; without an implementation only the outbox's own keeping time applies.
 */
public interface MessageRetention {

    /** The retention in days of every tenant that limits it; tenants that keep messages for ever are absent. */
    Map<TenantId, Integer> retentionDaysAcrossTenants();
}
