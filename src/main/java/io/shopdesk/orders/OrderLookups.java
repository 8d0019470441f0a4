package io.shopdesk.orders;

import io.shopdesk.orders.internal.ConversationOrderRepository;
import io.shopdesk.orders.internal.ConversationOrderRow;
import io.shopdesk.security.Roles;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the bot looked up in a conversation of the signed-in tenant, for the agents who take it over. */
@Service
public class OrderLookups {

    private final ConversationOrderRepository remembered;

    OrderLookups(ConversationOrderRepository remembered) {
        this.remembered = remembered;
    }

    /** The order last looked up in the conversation (its public id); empty for another tenant's conversation. */
    @PreAuthorize(Roles.HAS_TENANT_ROLE)
    @Transactional(readOnly = true)
    public Optional<LookedUpOrder> lastIn(String conversationId) {
        return remembered.findByConversationId(conversationId).map(ConversationOrderRow::view);
    }

    /**
     * The orders last looked up in these conversations (public ids), by conversation, in one query (for lists such
     * as the agents' queue); conversations without a lookup, and other tenants' conversations, are missing.
     */
    @PreAuthorize(Roles.HAS_TENANT_ROLE)
    @Transactional(readOnly = true)
    public Map<String, LookedUpOrder> lastIn(Collection<String> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return remembered.findByConversationIdIn(Set.copyOf(conversationIds)).stream()
                .collect(
                        Collectors.toUnmodifiableMap(ConversationOrderRow::conversationId, ConversationOrderRow::view));
    }
}
