package io.shopdesk;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Hands the log context (the MDC: tenant and conversation, see {@code io.shopdesk.shared.LogFields}) of the thread
 * that submits a task to the pooled thread that runs it, and restores the pooled thread's own context afterwards,
 * so asynchronous event listeners log the tenant of the request that caused them and nothing leaks to the next
 * task. Spring Boot applies it to the application task executor behind {@code @Async} listeners.
 */
final class LogContextTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Map<String, String> submitted = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> own = MDC.getCopyOfContextMap();
            replace(submitted);
            try {
                task.run();
            } finally {
                replace(own);
            }
        };
    }

    private static void replace(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
