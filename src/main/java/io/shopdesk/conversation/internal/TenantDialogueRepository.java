package io.shopdesk.conversation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantDialogueRepository extends JpaRepository<TenantDialogue, Long> {

    /** The current tenant's row (Hibernate filters by tenant). */
    Optional<TenantDialogue> findFirstBy();
}
