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

    private record Row(
            String tenant,
            long id,
            ChannelType type,
            String endpointId,
            String name,
            String greeting,
            String outboundUrl) {}

    private static final String COLUMNS =
            "SELECT tenant_id, id, type, endpoint_id, name, greeting, outbound_url FROM channel";

    public Optional<ConnectorChannel> find(ChannelType type, String endpointId) {
        return jdbc.sql(COLUMNS + " WHERE endpoint_id = ? AND type = ? AND status = 'ACTIVE'")
                .params(endpointId, type.name())
                .query(ConnectorLookup::row)
                .optional()
                .map(this::withSecrets);
    }

    /** The tenant's active connector channel with this id (for outbound delivery); empty once it is revoked. */
    public Optional<ConnectorChannel> find(TenantId tenant, long channelId) {
        return jdbc.sql(COLUMNS + " WHERE tenant_id = ? AND id = ? AND status = 'ACTIVE' AND endpoint_id IS NOT NULL")
                .params(tenant.value(), channelId)
                .query(ConnectorLookup::row)
                .optional()
                .map(this::withSecrets);
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString(1),
                rs.getLong(2),
                ChannelType.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7));
    }

    private ConnectorChannel withSecrets(Row found) {
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
                new TenantId(found.tenant()), found.id(), found.type(), found.name(), List.of(), found.greeting());
        return new ConnectorChannel(identity, found.endpointId(), found.outboundUrl(), secrets);
    }
}
