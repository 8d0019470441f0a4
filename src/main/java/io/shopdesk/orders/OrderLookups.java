package io.shopdesk.orders;

import io.shopdesk.orders.internal.ConversationOrderRepository;
import io.shopdesk.orders.internal.ConversationOrderRow;
import io.shopdesk.security.Roles;
import java.util.Optional;
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
}
