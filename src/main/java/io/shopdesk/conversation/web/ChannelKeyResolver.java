package io.shopdesk.conversation.web;

import io.shopdesk.channel.ChannelDirectory;
import io.shopdesk.channel.ChannelIdentity;
import io.shopdesk.shared.LogFields;
import io.shopdesk.shared.RequestRefusedException;
import io.shopdesk.shared.RequestRefusedException.Reason;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authenticates chat API requests by their channel key: the {@code X-ShopDesk-Channel-Key} header, or for the live
 * stream only (browsers' EventSource cannot send headers) the {@code key} query parameter. A missing or unknown key
 * is 401, a revoked one 403, and a browser on an origin the channel does not allow 403, all before anything is read
 * or stored. Puts the tenant and conversation into the log context ({@link LogFields}); {@link ChatLogContext}
 * clears them when the request ends.
 */
final class ChannelKeyResolver implements HandlerMethodArgumentResolver {

    static final String HEADER = "X-ShopDesk-Channel-Key";
    static final String STREAM_PARAMETER = "key";

    private final ChannelDirectory channels;

    ChannelKeyResolver(ChannelDirectory channels) {
        this.channels = channels;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(ChannelIdentity.class);
    }

    @Override
    public ChannelIdentity resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        String key = request.getHeader(HEADER);
        if ((key == null || key.isBlank()) && parameter.hasMethodAnnotation(KeyInQueryAllowed.class)) {
            key = request.getParameter(STREAM_PARAMETER);
        }
        if (key == null || key.isBlank()) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "chat.error.key-missing");
        }
        String presented = key.strip();
        var channel = channels.authenticate(presented)
                .orElseThrow(() -> channels.wasRevoked(presented)
                        ? new RequestRefusedException(Reason.FORBIDDEN, "chat.error.key-revoked")
                        : new RequestRefusedException(Reason.UNAUTHENTICATED, "chat.error.key-unknown"));
        MDC.put(LogFields.TENANT, channel.tenant().value());
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("id") instanceof String conversation) {
            MDC.put(LogFields.CONVERSATION, conversation);
        }
        if (!channel.allowsOrigin(request.getHeader("Origin"))) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "chat.error.origin-not-allowed");
        }
        return channel;
    }
}
