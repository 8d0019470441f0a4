package io.shopdesk.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate: across tenants only inside {@code TenantContext.callAcrossTenants}. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(Long userId);

    Optional<Membership> findByUserIdAndTenantId(Long userId, String tenantId);

    @Query("select m.tenantId, count(m) from Membership m group by m.tenantId")
    List<Object[]> countPerTenant();
}
