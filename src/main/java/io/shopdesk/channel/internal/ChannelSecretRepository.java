package io.shopdesk.channel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelSecretRepository extends JpaRepository<ChannelSecret, Long> {

    List<ChannelSecret> findAllByOrderByIdAsc();

    List<ChannelSecret> findByChannelId(long channelId);
}
