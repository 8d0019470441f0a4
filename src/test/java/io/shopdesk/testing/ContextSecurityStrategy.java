package io.shopdesk.testing;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, installs the security context holder strategy of the test's own application context JVM-wide.
 * Vaadin installs its strategy (each with its own thread-local) when a context starts, so after another test context
 * started, a cached context's requests would be authenticated through its own strategy while the code that reads
 * the JVM-wide holder (the tenant of the request) looks into the other one and finds nobody signed in. In production
 * there is one context and the two are the same.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
