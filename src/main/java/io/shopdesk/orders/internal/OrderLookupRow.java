package io.shopdesk.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A tenant's order lookup settings (one row per tenant); the auth header value is stored sealed. */
@Entity
@Table(name = "order_lookup_settings")
public class OrderLookupRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private boolean enabled;

    @Column(name = "url_template")
    private String urlTemplate;

    @Column(name = "auth_header_name")
    private String authHeaderName;

    @Column(name = "auth_header_value")
    private String authHeaderValue;

    @Column(name = "auth_header_hint")
    private String authHeaderHint;

    @Column(name = "order_number_pattern")
    private String orderNumberPattern;

    @Column(name = "status_path")
    private String statusPath;

    @Column(name = "carrier_path")
    private String carrierPath;

    @Column(name = "tracking_path")
    private String trackingPath;

    @Column(name = "eta_path")
    private String etaPath;

    @Column(name = "updated_path")
    private String updatedPath;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected OrderLookupRow() {}

    public OrderLookupRow(Instant now) {
        this.updatedAt = now;
    }

    /** Everything but the auth header's value, which {@link #authHeader} changes. */
    public void change(ValidSettings settings, Instant now) {
        this.enabled = settings.enabled();
        this.urlTemplate = settings.urlTemplate();
        this.orderNumberPattern = settings.orderNumberPattern();
        this.statusPath = settings.mapping().status();
        this.carrierPath = settings.mapping().carrier();
        this.trackingPath = settings.mapping().trackingNumber();
        this.etaPath = settings.mapping().estimatedDelivery();
        this.updatedPath = settings.mapping().lastUpdate();
        this.updatedAt = now;
    }

    /** Sets the header; a {@code null} name removes it, a {@code null} sealed value keeps the stored one. */
    public void authHeader(String name, String sealedValue, String hint) {
        this.authHeaderName = name;
        if (name == null) {
            this.authHeaderValue = null;
            this.authHeaderHint = null;
        } else if (sealedValue != null) {
            this.authHeaderValue = sealedValue;
            this.authHeaderHint = hint;
        }
    }

    public String tenantId() {
        return tenantId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String urlTemplate() {
        return urlTemplate;
    }

    public String authHeaderName() {
        return authHeaderName;
    }

    public String authHeaderValue() {
        return authHeaderValue;
    }

    public String authHeaderHint() {
        return authHeaderHint;
    }

    public String orderNumberPattern() {
        return orderNumberPattern;
    }

    public String statusPath() {
        return statusPath;
    }

    public String carrierPath() {
        return carrierPath;
    }

    public String trackingPath() {
        return trackingPath;
    }

    public String etaPath() {
        return etaPath;
    }

    public String updatedPath() {
        return updatedPath;
    }
}
