package io.shopdesk.channel;

import java.util.Map;
import java.util.Optional;

/**
 * An active webhook, WeChat or Telegram channel as its adapter needs it: who it speaks for and its decrypted
 * secrets. Only server-side adapters receive this; it never reaches a view, a log line or a response.
 */
public record ConnectorChannel(
        ChannelIdentity identity, String endpointId, String outboundUrl, Map<SecretName, String> secrets) {

    public ConnectorChannel {
        secrets = Map.copyOf(secrets);
    }

    public Optional<String> secret(SecretName name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String toString() {
        return "ConnectorChannel[" + identity.tenant() + "/" + identity.channelId() + ", secrets=" + secrets.keySet()
                + "]";
    }
}
