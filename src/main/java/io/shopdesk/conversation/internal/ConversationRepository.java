package io.shopdesk.conversation.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByPublicId(String publicId);

    /** The conversation, locked until the transaction ends: writers of its messages take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conversation c where c.publicId = :publicId")
    Optional<Conversation> lockByPublicId(String publicId);

    List<Conversation> findByStateOrderByHandoffRequestedAtAsc(io.shopdesk.conversation.ConversationState state);

    List<Conversation> findByStateAndAgentOrderByAcceptedAtAsc(
            io.shopdesk.conversation.ConversationState state, String agent);

    /** How many conversations each agent owns now. */
    @Query(
            "select c.agent, count(c) from Conversation c where c.state = io.shopdesk.conversation.ConversationState.WITH_AGENT"
                    + " group by c.agent")
    List<Object[]> countOwnedPerAgent();

    long countByStartedAtGreaterThanEqual(Instant since);

    @Query("select c.tenantId, count(c) from Conversation c where c.startedAt >= :since group by c.tenantId")
    List<Object[]> countPerTenantSince(Instant since);
}
