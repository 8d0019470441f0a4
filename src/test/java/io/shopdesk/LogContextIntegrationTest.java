package io.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.shopdesk.engine.ModelTraining;
import io.shopdesk.shared.LogFields;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Work for a tenant outside a request logs the tenant too: training jobs on their own threads, and asynchronous
 * listeners on the application task executor, which takes the log context of the thread that submitted the work.
 */
@IntegrationTest
class LogContextIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ModelTraining training;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor executor;

    @Test
    void a_training_job_logs_with_its_tenant() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger("io.shopdesk.engine.internal.TrainingWorker");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            var tenant = users.newTenant().id();

            training.requestTrainingAsSystem(tenant, true);

            // the job may wait behind the demo tenants' first trainings in a fresh context
            long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
            while (System.nanoTime() < deadline && failureOf(appender, tenant.value()) == null) {
                Thread.sleep(200);
            }
            var failure = failureOf(appender, tenant.value());
            assertThat(failure).as("the job's failure was logged").isNotNull();
            assertThat(failure.getMDCPropertyMap()).containsEntry(LogFields.TENANT, tenant.value());
            assertThat(failure.getThreadName()).isEqualTo("model-training");
        } finally {
            logger.detachAppender(appender);
        }
    }

    private static ILoggingEvent failureOf(ListAppender<ILoggingEvent> appender, String tenant) {
        return appender.list.stream()
                .filter(event -> event.getFormattedMessage().contains(" of " + tenant + " failed"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void asynchronous_work_runs_with_the_log_context_of_its_submitter() throws Exception {
        try (var ignored = MDC.putCloseable(LogFields.TENANT, "brightwave")) {
            var seen = executor.submit(() -> MDC.get(LogFields.TENANT)).get(10, TimeUnit.SECONDS);
            assertThat(seen).isEqualTo("brightwave");
        }
        var afterwards = executor.submit(() -> MDC.get(LogFields.TENANT)).get(10, TimeUnit.SECONDS);
        assertThat(afterwards).isNull();
    }
}
