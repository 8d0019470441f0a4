package io.shopdesk.tenant.internal;

import io.shopdesk.tenant.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A merchant, or the platform itself ({@code systemTenant}). Not tenant-owned: it is the tenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String id;

    private String name;

    @Column(name = "plan_code")
    private String planCode;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "default_locale")
    private String defaultLocale;

    @Column(name = "system_tenant")
    private boolean systemTenant;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {}

    public Tenant(String id, String name, String planCode, String defaultLocale, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.planCode = planCode;
        this.defaultLocale = defaultLocale;
        this.createdAt = createdAt;
        this.status = TenantStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String planCode() {
        return planCode;
    }

    public TenantStatus status() {
        return status;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public boolean systemTenant() {
        return systemTenant;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void changeStatus(TenantStatus status) {
        this.status = status;
    }

    public void changePlan(String planCode) {
        this.planCode = planCode;
    }
}
