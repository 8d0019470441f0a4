package io.shopdesk.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.shopdesk.shared.LogFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class MaskingLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void logger() {
        context.setMDCAdapter(MDC.getMDCAdapter());
        var filter = new MaskingLogFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        appender.setContext(context);
        appender.start();
        logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void personal_data_in_a_message_or_its_arguments_is_masked_and_the_mdc_kept() {
        MDC.put(LogFields.TENANT, "yunshang");
        var failure = new IllegalStateException("boom");
        logger.warn("Customer {} wrote from {}", "13812345678", "li@example.com", failure);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Customer [PHONE] wrote from [EMAIL]");
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getLoggerName()).isEqualTo("test");
            assertThat(event.getMDCPropertyMap()).containsEntry(LogFields.TENANT, "yunshang");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
        });
    }

    @Test
    void other_messages_pass_unchanged_and_disabled_levels_log_nothing() {
        logger.info("Trained model {} in {} ms", 42, 1200);
        logger.debug("call 13812345678");

        assertThat(appender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Trained model 42 in 1200 ms");
    }
}
