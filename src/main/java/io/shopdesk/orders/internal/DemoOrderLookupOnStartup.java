package io.shopdesk.orders.internal;

import io.shopdesk.orders.OrderFieldMapping;
import io.shopdesk.orders.OrderLookupDraft;
import io.shopdesk.orders.OrderLookupSettings;
import io.shopdesk.security.TenantDirectory;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the demo order service on, points each demo tenant that has demo orders at it once the application is ready
 * (after the packs are loaded): on first start, and again when the port changed. A tenant whose admin configured
 * another endpoint is left alone.
 */
@Component
@ConditionalOnProperty(name = "shopdesk.orders.demo-service.enabled", havingValue = "true")
class DemoOrderLookupOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoOrderLookupOnStartup.class);
    static final String HEADER = "X-Api-Key";

    private final DemoOrders demo;
    private final OrderLookupStore store;
    private final TenantDirectory tenants;
    private final Environment environment;
    private final Clock clock;

    DemoOrderLookupOnStartup(
            DemoOrders demo, OrderLookupStore store, TenantDirectory tenants, Environment environment, Clock clock) {
        this.demo = demo;
        this.store = store;
        this.tenants = tenants;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void pointDemoTenantsAtDemoOrders() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        demo.shops().forEach((slug, shop) -> {
            var tenant = new TenantId(slug);
            if (tenants.find(tenant).isEmpty()) {
                return;
            }
            String url = "http://127.0.0.1:" + port + "/demo/orders/" + slug + "/" + OrderSettingsRules.PLACEHOLDER;
            var configured =
                    store.configuredFor(tenant).map(lookup -> lookup.settings().urlTemplate());
            if (configured.isPresent()
                    && (configured.get().equals(url) || !configured.get().contains("/demo/orders/" + slug + "/"))) {
                return;
            }
            try {
                store.save(
                        tenant,
                        new OrderLookupDraft(
                                true,
                                url,
                                HEADER,
                                shop.apiKey(),
                                OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN,
                                new OrderFieldMapping(
                                        "state.label",
                                        "/shipment/carrier",
                                        "shipment.trackingNo",
                                        "shipment.eta",
                                        "events[0].text")),
                        clock.instant());
                log.info("Order lookup of demo tenant {} points at the demo order service", slug);
            } catch (BusinessRuleException refused) {
                log.warn("Order lookup of demo tenant {} not configured: {}", slug, refused.getMessage());
            }
        });
    }
}
