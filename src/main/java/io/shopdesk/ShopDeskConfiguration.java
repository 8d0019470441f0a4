package io.shopdesk;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class ShopDeskConfiguration {

    /** The clock all modules read time from, so tests can pin it. Times are stored in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
