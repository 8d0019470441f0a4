package io.shopdesk.channel;

import java.util.Map;

/**
 * A channel just created, with its key (keyed types) and the secrets ShopDesk generated for it: the only time
 * either is shown in full.
 */
public record NewChannel(ChannelSummary channel, String key, Map<SecretName, String> generatedSecrets) {

    public NewChannel {
        generatedSecrets = Map.copyOf(generatedSecrets);
    }

    @Override
    public String toString() {
        return "NewChannel[channel=" + channel + ", key=" + channel.keyHint() + "]";
    }
}
