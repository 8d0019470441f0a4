package io.shopdesk.conversation.web;

import io.shopdesk.shared.LogFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;

/** Clears the log context that {@link ChannelKeyResolver} set, so it never leaks to the thread's next request. */
final class ChatLogContext implements HandlerInterceptor {

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        MDC.remove(LogFields.TENANT);
        MDC.remove(LogFields.CONVERSATION);
    }
}
