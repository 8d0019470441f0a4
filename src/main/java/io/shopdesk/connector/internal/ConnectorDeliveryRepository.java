package io.shopdesk.connector.internal;

import io.shopdesk.connector.DeliveryStatus;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConnectorDeliveryRepository extends JpaRepository<ConnectorDelivery, Long> {

    List<ConnectorDelivery> findByConversationIdOrderByMessageSeqAsc(String conversationId);

    List<ConnectorDelivery> findByStatusOrderByFinishedAtDescIdDesc(DeliveryStatus status, Limit limit);
}
