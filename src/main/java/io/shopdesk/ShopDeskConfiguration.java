package io.shopdesk;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class ShopDeskConfiguration {

    /** The clock all modules read time from, so tests can pin it. Times are stored in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Read-only transactions stay read-only in Hibernate (no flush, no dirty checking) but no longer mark the JDBC
     * connection read-only: MariaDB's and MySQL's drivers turn that into {@code SET SESSION TRANSACTION READ ONLY}
     * before and {@code ... READ WRITE} after every such transaction, two round trips that were a third of the
     * statements of a chat message. Nothing here sets isolation levels, the other thing connection preparation does.
     */
    @Bean
    static BeanPostProcessor jdbcConnectionsNotPreparedPerTransaction() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }

    /** Asynchronous listeners log with the tenant and conversation of the work that published their event. */
    @Bean
    TaskDecorator logContextTaskDecorator() {
        return new LogContextTaskDecorator();
    }
}
