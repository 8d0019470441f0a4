package io.shopdesk.channel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.channel.ChannelStatus;
import io.shopdesk.channel.ChannelSummary;
import io.shopdesk.channel.ChannelType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelAddressesTest {

    private final ChannelAddresses addresses = new ChannelAddresses("https://desk.example/");

    @Test
    void the_embed_tag_is_the_one_the_readme_documents_with_the_key_and_the_widget_language() throws Exception {
        String tag = addresses.widgetSnippet("sdpk_abc_123", Locale.SIMPLIFIED_CHINESE);

        assertThat(tag)
                .isEqualTo("<script src=\"https://desk.example/widget/shopdesk-widget.js\" data-channel-key="
                        + "\"sdpk_abc_123\" data-locale=\"zh-CN\" defer></script>");
        assertThat(addresses.widgetSnippet("sdpk_abc_123", Locale.ENGLISH)).contains("data-locale=\"en\"");
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme)
                .contains("<script src=\"https://<shopdesk>/widget/shopdesk-widget.js\" data-channel-key=\"sdpk_...\""
                        + " data-locale=\"zh-CN\" defer></script>");
    }

    @Test
    void connectors_are_reached_at_their_adapters_paths_and_keyed_channels_have_no_inbound_url() {
        assertThat(addresses.inboundUrl(channel(ChannelType.WEBHOOK, "abcdefghij0123456789")))
                .contains("https://desk.example/api/channels/v1/webhook/abcdefghij0123456789/messages");
        assertThat(addresses.inboundUrl(channel(ChannelType.WECHAT, "abcdefghij0123456789")))
                .contains("https://desk.example/api/channels/v1/wechat/abcdefghij0123456789");
        assertThat(addresses.inboundUrl(channel(ChannelType.TELEGRAM, "abcdefghij0123456789")))
                .contains("https://desk.example/api/channels/v1/telegram/abcdefghij0123456789");
        assertThat(addresses.inboundUrl(channel(ChannelType.WEB_WIDGET, null))).isEmpty();
        assertThat(addresses.inboundUrl(channel(ChannelType.API, null))).isEmpty();
    }

    @Test
    void origins_are_read_one_per_line_without_blank_lines_or_spaces() {
        assertThat(NewChannelDialog.lines(" https://a.example \r\n\nhttps://b.example:8443\n  \n"))
                .containsExactly("https://a.example", "https://b.example:8443");
        assertThat(NewChannelDialog.lines("")).isEmpty();
    }

    private static ChannelSummary channel(ChannelType type, String endpointId) {
        return new ChannelSummary(
                1,
                type,
                "c",
                ChannelStatus.ACTIVE,
                List.of(),
                null,
                "",
                Instant.EPOCH,
                endpointId,
                null,
                Map.of(),
                null,
                null);
    }
}
