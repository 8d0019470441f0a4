package io.shopdesk.connector.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConnectorDeliveryRepository extends JpaRepository<ConnectorDelivery, Long> {

    List<ConnectorDelivery> findByConversationIdOrderByMessageSeqAsc(String conversationId);
}
