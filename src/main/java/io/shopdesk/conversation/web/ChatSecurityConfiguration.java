package io.shopdesk.conversation.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The chat API's own filter chain, ahead of the console's: no sign-in, no session, no cookies (so no CSRF
 * exposure); the channel key authenticates each request in {@link ChannelKeyResolver}. Browsers may call it from
 * any origin as far as CORS goes (nothing is shared by credentials); whether a channel allows the calling origin is
 * checked per request against the channel's settings. The API description is public too.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain chatApiSecurity(HttpSecurity http) throws Exception {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(
                List.of("Content-Type", "Accept", "Accept-Language", ChannelKeyResolver.HEADER, "Last-Event-ID"));
        cors.setExposedHeaders(List.of("Retry-After", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        http.securityMatcher(ChatApi.BASE + "/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(configurer -> configurer.configurationSource(request -> cors));
        return http.build();
    }
}
