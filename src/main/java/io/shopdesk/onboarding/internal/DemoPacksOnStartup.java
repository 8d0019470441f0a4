package io.shopdesk.onboarding.internal;

import io.shopdesk.onboarding.TenantPackLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the packs under {@code shopdesk.demo-packs.location} on start-up; existing tenants are left alone. */
@Component
@ConditionalOnProperty(name = "shopdesk.demo-packs.enabled", havingValue = "true", matchIfMissing = true)
class DemoPacksOnStartup implements ApplicationRunner {

    private final TenantPackLoader loader;
    private final String location;

    DemoPacksOnStartup(TenantPackLoader loader, @Value("${shopdesk.demo-packs.location}") String location) {
        this.loader = loader;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadAll(location);
    }
}
