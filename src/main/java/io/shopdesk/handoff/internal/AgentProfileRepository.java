package io.shopdesk.handoff.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgentProfileRepository extends JpaRepository<AgentProfile, Long> {

    Optional<AgentProfile> findByEmail(String email);

    /** The profile, locked until the transaction ends: one agent's accepts take turns, so capacity holds. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AgentProfile p where p.email = :email")
    Optional<AgentProfile> lockByEmail(String email);

    List<AgentProfile> findAllByOrderByEmailAsc();
}
