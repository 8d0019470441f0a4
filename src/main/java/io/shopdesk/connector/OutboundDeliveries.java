package io.shopdesk.connector;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.connector.internal.ConnectorDeliveryRepository;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox did with the agent side's messages of the current tenant's conversations: delivered, still
 * trying (and when next), or given up and why; and, for the tenant's admins, the given-up ones with "send again".
 * Other tenants' deliveries are never seen or changed.
 */
@Service
public class OutboundDeliveries {

    /** How many given-up deliveries {@link #failed} lists at most, newest first. */
    public static final int MAX_FAILED = 200;

    private final ConnectorDeliveryRepository deliveries;
    private final ChannelManagement channels;
    private final AuditLog auditLog;
    private final Clock clock;

    OutboundDeliveries(
            ConnectorDeliveryRepository deliveries, ChannelManagement channels, AuditLog auditLog, Clock clock) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.auditLog = auditLog;
        this.clock = clock;
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

    /** The tenant's given-up deliveries (at most {@link #MAX_FAILED}), the latest first. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<FailedDelivery> failed() {
        Map<Long, ChannelSummary> byId =
                channels.channels().stream().collect(Collectors.toMap(ChannelSummary::id, Function.identity()));
        return deliveries.findByStatusOrderByFinishedAtDescIdDesc(DeliveryStatus.FAILED, Limit.of(MAX_FAILED)).stream()
                .map(delivery -> new FailedDelivery(
                        delivery.id(),
                        delivery.channelId(),
                        byId.containsKey(delivery.channelId())
                                ? byId.get(delivery.channelId()).name()
                                : null,
                        delivery.channelType(),
                        delivery.conversationId(),
                        delivery.messageSeq(),
                        delivery.attempts(),
                        delivery.lastError(),
                        delivery.finishedAt()))
                .toList();
    }

    /**
     * Queues a given-up delivery again, due now with a fresh count of attempts (audited). Refused when its channel
     * was revoked; "not found" for a delivery that is not the tenant's or is not given up.
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public void sendAgain(long deliveryId) {
        var tenant = TenantContext.require();
        var delivery = deliveries
                .findById(deliveryId)
                .filter(found -> found.status() == DeliveryStatus.FAILED)
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        boolean active = channels.channels().stream()
                .anyMatch(channel -> channel.id() == delivery.channelId() && channel.status() == ChannelStatus.ACTIVE);
        if (!active) {
            throw new BusinessRuleException("channel.deliveries.error.channel-revoked");
        }
        String before = "status=FAILED; attempts=" + delivery.attempts() + "; " + delivery.lastError();
        delivery.requeue(clock.instant());
        auditLog.record(
                tenant,
                "channel.delivery-requeued",
                "delivery:" + delivery.idempotencyKey(),
                before,
                "status=PENDING; attempts=0");
    }
}
