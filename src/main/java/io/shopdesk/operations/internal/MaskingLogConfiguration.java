package io.shopdesk.operations.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link MaskingLogFilter} once the application's logging is configured (Boot configures Logback before
 * any bean exists, so nothing logged by the application itself is missed).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shopdesk.operations.mask-logs", havingValue = "true", matchIfMissing = true)
class MaskingLogConfiguration {

    MaskingLogConfiguration() {
        MaskingLogFilter.install();
    }
}
