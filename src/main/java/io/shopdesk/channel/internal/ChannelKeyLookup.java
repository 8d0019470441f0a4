package io.shopdesk.channel.internal;

import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.WidgetAppearance;
import io.shopdesk.shared.BusinessHours;
import io.shopdesk.shared.TenantId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the channel of a presented key. This is the one read that cannot know the tenant in advance (the key names
 * it), so it is plain SQL by the key's public lookup id, returning the tenant the row belongs to; the hash of the
 * whole key must match before anything is returned.
 */
@Component
public class ChannelKeyLookup {

    private final JdbcClient jdbc;

    ChannelKeyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored key matching the presented one, with whether it still works. */
    public record Found(ChannelIdentity identity, boolean active) {}

    /** Whether any stored key, working or not, has this lookup id. */
    public boolean lookupIdTaken(ChannelKeys.Parsed key) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_key WHERE lookup_id = ?")
                        .param(key.lookupId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private record Row(String hash, Found found) {}

    /**
     * A widget's colour and business hours. The hours were checked when they were saved; should a stored value no
     * longer parse (a time zone the JDK dropped), the widget shows no notice rather than failing every request.
     */
    static WidgetAppearance appearance(String color, String hours) {
        BusinessHours parsed = null;
        if (hours != null && !hours.isBlank()) {
            try {
                parsed = BusinessHours.parse(hours);
            } catch (IllegalArgumentException unreadable) {
                parsed = null;
            }
        }
        return new WidgetAppearance(color, parsed);
    }

    public Optional<Found> find(ChannelKeys.Parsed key) {
        return jdbc
                .sql("""
                        SELECT k.key_hash, k.revoked_at IS NULL AS key_active, c.tenant_id, c.id, c.type, c.name,
                               c.status, c.allowed_origins, c.greeting, c.primary_color, c.business_hours
                        FROM channel_key k JOIN channel c ON c.id = k.channel_id AND c.tenant_id = k.tenant_id
                        WHERE k.lookup_id = ?""")
                .param(key.lookupId())
                .query((rs, row) -> {
                    var identity = new ChannelIdentity(
                            new TenantId(rs.getString(3)),
                            rs.getLong(4),
                            ChannelType.valueOf(rs.getString(5)),
                            rs.getString(6),
                            Channel.parseOrigins(rs.getString(8)),
                            rs.getString(9),
                            appearance(rs.getString(10), rs.getString(11)));
                    boolean active = rs.getBoolean(2)
                            && ChannelStatus.valueOf(rs.getString(7)) == ChannelStatus.ACTIVE
                            && identity.type() == key.type();
                    return new Row(rs.getString(1), new Found(identity, active));
                })
                .list()
                .stream()
                .filter(row -> ChannelKeys.sameHash(row.hash(), key.hash()))
                .map(Row::found)
                .findFirst();
    }
}
