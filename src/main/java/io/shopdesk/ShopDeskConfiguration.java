package io.shopdesk;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class ShopDeskConfiguration {

    /** The clock all modules read time from, so tests can pin it. Times are stored in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Asynchronous listeners log with the tenant and conversation of the work that published their event. */
    @Bean
    TaskDecorator logContextTaskDecorator() {
        return new LogContextTaskDecorator();
    }
}
