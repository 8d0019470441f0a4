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

    List<Conversation> findByStateOrderByHandoffRequestedAtAscIdAsc(io.shopdesk.conversation.ConversationState state);

    /**
     * How many live requests of this skill group ({@code ""} for none) wait ahead of the one made at this moment by
     * this conversation, itself included: its place in the queue, in the order the queue lists them.
     */
    @Query("select count(c) from Conversation c"
            + " where c.state = io.shopdesk.conversation.ConversationState.WAITING_FOR_AGENT and c.ticket = false"
            + " and coalesce(c.skillGroup, '') = :skillGroup"
            + " and (c.handoffRequestedAt < :requestedAt or (c.handoffRequestedAt = :requestedAt and c.id <= :id))")
    long countWaitingUpTo(String skillGroup, Instant requestedAt, long id);

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
