package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.shared.NotFoundException;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    List<Channel> findAllByOrderByCreatedAtAsc();

    long countByStatus(ChannelStatus status);

    boolean existsByNameAndStatus(String name, ChannelStatus status);

    @Query("select c.tenantId, count(c) from Channel c where c.status = 'ACTIVE' group by c.tenantId")
    List<Object[]> countActivePerTenant();

    /** The current tenant's active channel with this id; a revoked, missing or other tenant's one is "not found". */
    default Channel requireActive(long channelId) {
        return findById(channelId)
                .filter(channel -> channel.status() == ChannelStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("channel", channelId));
    }
}
