package io.shopdesk.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/** A user account's membership of one tenant, with the roles granted there. */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "user_id")
    private Long userId;

    private String roles;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {}

    Membership(Long userId, Set<String> roles, Instant createdAt) {
        this.userId = userId;
        this.roles = String.join(",", roles);
        this.createdAt = createdAt;
    }

    String tenantId() {
        return tenantId;
    }

    Long userId() {
        return userId;
    }

    Set<String> roles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    void changeRoles(Set<String> roles) {
        this.roles = String.join(",", roles);
    }
}
