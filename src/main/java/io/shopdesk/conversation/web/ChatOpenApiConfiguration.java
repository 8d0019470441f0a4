package io.shopdesk.conversation.web;

import io.shopdesk.channel.ChannelIdentity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chat API's OpenAPI description, served by the app at {@code /v3/api-docs} (JSON), {@code /v3/api-docs.yaml}
 * and browsable at {@code /swagger-ui.html}. The channel key is documented as an API-key header; the resolved
 * {@link ChannelIdentity} argument is not a request parameter and is left out.
 */
@Configuration(proxyBeanMethods = false)
class ChatOpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ChannelIdentity.class);
    }

    @Bean
    OpenAPI chatOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ShopDesk chat API").version("v1").description("""
                                Conversations of customers with a shop's bot, for the web widget and merchants' \
                                own servers. Authenticate every request with the channel key in the \
                                X-ShopDesk-Channel-Key header (the live stream also accepts ?key=, for browsers' \
                                EventSource). Sending is idempotent per clientMessageId. Errors are RFC 9457 \
                                problem details in the language of Accept-Language (en, zh-CN); 429 answers carry \
                                Retry-After. Message text is plain text: show it as text, never as HTML."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "channelKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ChannelKeyResolver.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("channelKey"));
    }
}
