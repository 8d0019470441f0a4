package io.shopdesk.channel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelKeyRepository extends JpaRepository<ChannelKey, Long> {

    List<ChannelKey> findByChannelId(long channelId);

    List<ChannelKey> findByRevokedAtIsNull();
}
