package io.shopdesk.orders.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderLookupRowRepository extends JpaRepository<OrderLookupRow, Long> {

    /** The current tenant's row (Hibernate filters by tenant). */
    Optional<OrderLookupRow> findFirstBy();
}
