package io.shopdesk.conversation.web;

import io.shopdesk.channel.ChannelDirectory;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The chat API's web plumbing: channel keys as controller arguments, the request body limit, the log context, the
 * admission control.
 */
@Configuration(proxyBeanMethods = false)
class ChatWebConfiguration implements WebMvcConfigurer {

    private final ChannelDirectory channels;
    private final BodySizeLimit bodySizeLimit;
    private final ChatAdmission admission;

    ChatWebConfiguration(
            ChannelDirectory channels,
            @Value("${shopdesk.chat.max-request-body:32KB}") DataSize maxRequestBody,
            @Value("${shopdesk.chat.max-concurrent:16}") int maxConcurrent,
            @Value("${shopdesk.chat.admission-wait:250ms}") Duration admissionWait) {
        this.channels = channels;
        this.bodySizeLimit = new BodySizeLimit(maxRequestBody.toBytes());
        this.admission = new ChatAdmission(maxConcurrent, admissionWait);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ChannelKeyResolver(channels));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bodySizeLimit).addPathPatterns("/api/chat/**");
        registry.addInterceptor(new ChatLogContext()).addPathPatterns("/api/chat/**");
        registry.addInterceptor(admission).addPathPatterns("/api/chat/**");
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> chatBodySizeLimit() {
        var registration = new FilterRegistrationBean<>(bodySizeLimit);
        registration.addUrlPatterns("/api/chat/*");
        return registration;
    }
}
