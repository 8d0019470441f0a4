package io.shopdesk.orders;

import io.shopdesk.orders.internal.OrderEndpointClient;
import io.shopdesk.orders.internal.OrderLookupStore;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in tenant's order lookup (see {@link OrderLookupSettings}): tenant admins read it, change it (bad
 * input is a field error and changes nothing) and try it with an order number.
 */
@Service
public class OrderLookupManagement {

    private final OrderLookupStore store;
    private final OrderEndpointClient client;
    private final Clock clock;

    OrderLookupManagement(OrderLookupStore store, OrderEndpointClient client, Clock clock) {
        this.store = store;
        this.client = client;
        this.clock = clock;
    }

    /** The tenant's settings, switched off with the defaults if it never saved any. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public OrderLookupSettings current() {
        return store.current();
    }

    /** Saves the settings; the chat uses them from the next message on. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    public void save(OrderLookupDraft draft) {
        store.save(TenantContext.require(), draft, clock.instant());
    }

    /** Looks the order up with the saved settings (even while switched off), as the bot would. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    public OrderLookupResult test(String orderNumber) {
        String number = orderNumber == null ? "" : orderNumber.strip();
        if (number.isEmpty() || number.length() > 64) {
            throw BusinessRuleException.onField("orderNumber", "orders.error.test-number");
        }
        var tenant = TenantContext.require();
        var lookup = store.configuredFor(tenant)
                .filter(configured -> !configured.settings().urlTemplate().isEmpty())
                .orElseThrow(() -> BusinessRuleException.onField("orderNumber", "orders.error.not-configured"));
        return client.lookUp(tenant.value(), lookup, number);
    }
}
