package io.shopdesk.conversation.web;

import io.shopdesk.shared.RequestRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Admission control for the chat API: at most {@code maxConcurrent} chat requests are served at once, and a request
 * that cannot start within {@code maxWait} is refused with 503 and {@code Retry-After} before anything is read or
 * stored. Under more traffic than the node can serve, requests then fail fast and the node keeps answering at its
 * capacity, instead of queueing work for callers that have long given up (which ends with nobody answered). Live
 * streams are not counted: they hold no database connection while they wait.
 */
final class ChatAdmission implements HandlerInterceptor {

    private static final String ADMITTED = ChatAdmission.class.getName() + ".admitted";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore permits;
    private final long maxWaitNanos;

    ChatAdmission(int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("shopdesk.chat.max-concurrent must be at least 1");
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (request.getRequestURI().endsWith("/stream") || request.getAttribute(ADMITTED) != null) {
            return true;
        }
        if (!permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
            throw RequestRefusedException.unavailable(RETRY_AFTER, "chat.error.busy");
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (request.getAttribute(ADMITTED) != null) {
            request.removeAttribute(ADMITTED);
            permits.release();
        }
    }
}
