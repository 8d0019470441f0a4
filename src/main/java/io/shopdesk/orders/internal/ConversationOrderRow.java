package io.shopdesk.orders.internal;

import io.shopdesk.orders.LookedUpOrder;
import io.shopdesk.orders.OrderDetails;
import io.shopdesk.orders.OrderLookupResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The order last looked up in a conversation (one row per conversation, replaced by the next lookup). */
@Entity
@Table(name = "conversation_order")
public class ConversationOrderRow {

    private static final int MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "conversation_id")
    private String conversationId;

    @Column(name = "order_number")
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private OrderLookupResult.Outcome outcome;

    private String status;

    private String carrier;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "estimated_delivery")
    private String estimatedDelivery;

    @Column(name = "last_update")
    private String lastUpdate;

    @Column(name = "looked_up_at")
    private Instant lookedUpAt;

    protected ConversationOrderRow() {}

    public ConversationOrderRow(String conversationId) {
        this.conversationId = conversationId;
    }

    public void record(OrderLookupResult result, Instant now) {
        this.orderNumber = cut(result.orderNumber(), 64);
        this.outcome = result.outcome();
        var details = result.details();
        this.status = details == null ? null : cut(details.status(), MAX);
        this.carrier = details == null ? null : cut(details.carrier(), MAX);
        this.trackingNumber = details == null ? null : cut(details.trackingNumber(), MAX);
        this.estimatedDelivery = details == null ? null : cut(details.estimatedDelivery(), MAX);
        this.lastUpdate = details == null ? null : cut(details.lastUpdate(), MAX);
        this.lookedUpAt = now;
    }

    public String conversationId() {
        return conversationId;
    }

    public LookedUpOrder view() {
        var details = outcome == OrderLookupResult.Outcome.FOUND
                ? new OrderDetails(orderNumber, status, carrier, trackingNumber, estimatedDelivery, lastUpdate)
                : null;
        return new LookedUpOrder(orderNumber, outcome, details, lookedUpAt);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
