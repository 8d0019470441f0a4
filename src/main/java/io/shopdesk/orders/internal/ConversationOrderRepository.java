package io.shopdesk.orders.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationOrderRepository extends JpaRepository<ConversationOrderRow, Long> {

    /** The current tenant's row for a conversation (Hibernate filters by tenant). */
    Optional<ConversationOrderRow> findByConversationId(String conversationId);

    /** The current tenant's rows for these conversations, in one query. */
    List<ConversationOrderRow> findByConversationIdIn(Collection<String> conversationIds);
}
