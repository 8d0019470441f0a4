package io.shopdesk.conversation.web;

import io.shopdesk.shared.LogFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * Clears the log context that {@link ChannelKeyResolver} set when the request ends, or when a stream goes async
 * and its thread returns to the pool, so it never leaks to the thread's next request.
 */
final class ChatLogContext implements AsyncHandlerInterceptor {

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        clear();
    }

    @Override
    public void afterConcurrentHandlingStarted(
            HttpServletRequest request, HttpServletResponse response, Object handler) {
        clear();
    }

    private static void clear() {
        MDC.remove(LogFields.TENANT);
        MDC.remove(LogFields.CONVERSATION);
    }
}
