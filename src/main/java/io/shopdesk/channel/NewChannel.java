package io.shopdesk.channel;

/** A channel just created, with its key: the only time the full key is shown. */
public record NewChannel(ChannelSummary channel, String key) {

    @Override
    public String toString() {
        return "NewChannel[channel=" + channel + ", key=" + channel.keyHint() + "]";
    }
}
