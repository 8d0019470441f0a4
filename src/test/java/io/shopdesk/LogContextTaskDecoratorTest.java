package io.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.shared.LogFields;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTaskDecoratorTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_task_runs_with_the_log_context_of_its_submitter_and_leaves_none_on_the_pooled_thread() throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        var decorator = new LogContextTaskDecorator();
        var seen = new HashMap<String, String>();
        try {
            MDC.put(LogFields.TENANT, "brightwave");
            MDC.put(LogFields.CONVERSATION, "c-1");
            pool.submit(decorator.decorate(() -> seen.putAll(MDC.getCopyOfContextMap())))
                    .get(10, TimeUnit.SECONDS);
            MDC.clear();
            var after = pool.submit(() -> MDC.getCopyOfContextMap()).get(10, TimeUnit.SECONDS);

            assertThat(seen).containsEntry(LogFields.TENANT, "brightwave").containsEntry(LogFields.CONVERSATION, "c-1");
            assertThat(after == null ? Map.of() : after).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_task_submitted_without_a_context_does_not_inherit_the_previous_tasks() throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        var decorator = new LogContextTaskDecorator();
        try {
            pool.submit(() -> MDC.put(LogFields.TENANT, "left-over")).get(10, TimeUnit.SECONDS);
            var inside = new String[1];
            var task = decorator.decorate(() -> inside[0] = MDC.get(LogFields.TENANT));
            var seen = pool.submit(() -> {
                        task.run();
                        return new String[] {inside[0], MDC.get(LogFields.TENANT)};
                    })
                    .get(10, TimeUnit.SECONDS);

            assertThat(seen[0]).as("inside the task").isNull();
            assertThat(seen[1])
                    .as("the pooled thread's own context is restored")
                    .isEqualTo("left-over");
        } finally {
            pool.shutdownNow();
        }
    }
}
