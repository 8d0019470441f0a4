package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.SecretName;
import io.shopdesk.shared.TenantId;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an active connector channel and its secrets by endpoint id. Like {@link ChannelKeyLookup} this cannot know
 * the tenant in advance, so it is plain SQL that returns the tenant of the row and joins secrets on the same tenant.
 */
@Component
public class ConnectorLookup {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    ConnectorLookup(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private record Row(String tenant, long id, String name, String greeting, String outboundUrl) {}

    public Optional<ConnectorChannel> find(ChannelType type, String endpointId) {
        var row = jdbc.sql("SELECT tenant_id, id, name, greeting, outbound_url FROM channel"
                        + " WHERE endpoint_id = ? AND type = ? AND status = 'ACTIVE'")
                .params(endpointId, type.name())
                .query((rs, n) ->
                        new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
        return row.map(found -> {
            var secrets = new EnumMap<SecretName, String>(SecretName.class);
            jdbc.sql("SELECT name, ciphertext FROM channel_secret WHERE tenant_id = ? AND channel_id = ?")
                    .params(found.tenant(), found.id())
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(secret -> secrets.put(
                            SecretName.valueOf(secret.get(0)),
                            cipher.decrypt(
                                    secret.get(1), SecretCipher.context(found.tenant(), found.id(), secret.get(0)))));
            var identity = new ChannelIdentity(
                    new TenantId(found.tenant()), found.id(), type, found.name(), List.of(), found.greeting());
            return new ConnectorChannel(identity, endpointId, found.outboundUrl(), secrets);
        });
    }
}
