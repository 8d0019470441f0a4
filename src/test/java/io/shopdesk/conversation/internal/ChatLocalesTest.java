package io.shopdesk.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatLocalesTest {

    @Test
    void the_customers_language_wins_when_the_bot_speaks_it() {
        assertThat(ChatLocales.resolve("en-GB", "zh-CN")).isEqualTo("en");
        assertThat(ChatLocales.resolve("zh", "en")).isEqualTo("zh-CN");
        assertThat(ChatLocales.resolve("zh_CN", "en")).isEqualTo("zh-CN");
        assertThat(ChatLocales.resolve("zh-Hans-SG", "en")).isEqualTo("zh-CN");
    }

    @Test
    void otherwise_the_tenants_language_is_used() {
        assertThat(ChatLocales.resolve("fr", "zh-CN")).isEqualTo("zh-CN");
        assertThat(ChatLocales.resolve("zh-TW", "en")).isEqualTo("en");
        assertThat(ChatLocales.resolve(null, "zh-CN")).isEqualTo("zh-CN");
        assertThat(ChatLocales.resolve("not a tag at all!!", "en")).isEqualTo("en");
        assertThat(ChatLocales.resolve(null, null)).isEqualTo("en");
    }
}
