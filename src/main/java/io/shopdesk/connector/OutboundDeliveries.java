package io.shopdesk.connector;

import io.shopdesk.connector.internal.ConnectorDeliveryRepository;
import io.shopdesk.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox did with the agent side's messages of the current tenant's conversations: delivered, still
 * trying (and when next), or given up and why. For the people of the tenant; other tenants' deliveries are never
 * seen.
 */
@Service
public class OutboundDeliveries {

    private final ConnectorDeliveryRepository deliveries;

    OutboundDeliveries(ConnectorDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** The deliveries of one conversation, in message order; empty for a conversation of another tenant. */
    @PreAuthorize(Roles.HAS_TENANT_ROLE)
    @Transactional(readOnly = true)
    public List<OutboundDelivery> ofConversation(String conversationId) {
        return deliveries.findByConversationIdOrderByMessageSeqAsc(conversationId).stream()
                .map(delivery -> new OutboundDelivery(
                        delivery.idempotencyKey(),
                        delivery.conversationId(),
                        delivery.messageSeq(),
                        delivery.channelType(),
                        delivery.status(),
                        delivery.attempts(),
                        delivery.nextAttemptAt(),
                        delivery.lastStatus(),
                        delivery.lastError(),
                        delivery.finishedAt()))
                .toList();
    }
}
