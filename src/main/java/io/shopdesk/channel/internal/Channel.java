package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelType;
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
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A way customers reach a tenant's bot, with its settings. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Enumerated(EnumType.STRING)
    private ChannelType type;

    private String name;

    @Enumerated(EnumType.STRING)
    private ChannelStatus status;

    /** Space-separated origins; empty allows any. */
    @Column(name = "allowed_origins")
    private String allowedOrigins;

    private String greeting;

    /** The public id in the inbound URL of webhook, WeChat and Telegram channels. */
    @Column(name = "endpoint_id")
    private String endpointId;

    @Column(name = "outbound_url")
    private String outboundUrl;

    /** A web widget's {@code #rrggbb}; null for the widget's own colour. */
    @Column(name = "primary_color")
    private String primaryColor;

    /** A web widget's business hours as entered (the syntax of {@code io.shopdesk.shared.BusinessHours}). */
    @Column(name = "business_hours")
    private String businessHours;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Channel() {}

    public Channel(ChannelType type, String name, List<String> allowedOrigins, String greeting, Instant now) {
        this(type, name, allowedOrigins, greeting, null, null, now);
    }

    public Channel(
            ChannelType type,
            String name,
            List<String> allowedOrigins,
            String greeting,
            String endpointId,
            String outboundUrl,
            Instant now) {
        this.endpointId = endpointId;
        this.outboundUrl = outboundUrl;
        this.type = type;
        this.name = name;
        this.allowedOrigins = String.join(" ", allowedOrigins);
        this.greeting = greeting;
        this.status = ChannelStatus.ACTIVE;
        this.createdAt = now;
    }

    /** New settings, checked by the caller; type, endpoint id and keys stay. */
    public void change(
            String name,
            List<String> allowedOrigins,
            String greeting,
            String outboundUrl,
            String primaryColor,
            String businessHours) {
        this.name = name;
        this.allowedOrigins = String.join(" ", allowedOrigins);
        this.greeting = greeting;
        this.outboundUrl = outboundUrl;
        this.primaryColor = primaryColor;
        this.businessHours = businessHours;
    }

    public void revoke(Instant now) {
        status = ChannelStatus.REVOKED;
        revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public ChannelType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public ChannelStatus status() {
        return status;
    }

    public List<String> allowedOrigins() {
        return parseOrigins(allowedOrigins);
    }

    public String greeting() {
        return greeting;
    }

    public String endpointId() {
        return endpointId;
    }

    public String outboundUrl() {
        return outboundUrl;
    }

    public String primaryColor() {
        return primaryColor;
    }

    public String businessHours() {
        return businessHours;
    }

    public Instant createdAt() {
        return createdAt;
    }

    static List<String> parseOrigins(String stored) {
        return stored == null || stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split(" ")).filter(s -> !s.isEmpty()).toList();
    }
}
