package io.shopdesk.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo tenants' orders from their packs ({@code <slug>/orders.yaml} under {@code shopdesk.demo-packs.location}),
 * read once: an API key the demo order service requires and a handful of orders.
 */
@Component
public class DemoOrders {

    /** One demo tenant's order system. */
    public record DemoShop(String apiKey, Map<String, DemoOrder> orders) {}

    /** A demo order as the pack describes it. */
    public record DemoOrder(
            String number,
            String status,
            String carrier,
            String trackingNumber,
            String estimatedDelivery,
            String lastUpdate) {}

    record PackFile(String apiKey, List<DemoOrder> orders) {}

    private final Map<String, DemoShop> shops;

    DemoOrders(ResourcePatternResolver resources, @Value("${shopdesk.demo-packs.location}") String location)
            throws IOException {
        String base = location.endsWith("/") ? location : location + "/";
        var read = new LinkedHashMap<String, DemoShop>();
        var yaml = YAMLMapper.builder().build();
        for (Resource file : resources.getResources(base + "*/orders.yaml")) {
            String path = file.getURL().getPath();
            String folder = path.substring(0, path.lastIndexOf('/'));
            String slug = folder.substring(folder.lastIndexOf('/') + 1);
            try (InputStream in = file.getInputStream()) {
                var pack = yaml.readValue(in, PackFile.class);
                var orders = new LinkedHashMap<String, DemoOrder>();
                pack.orders().forEach(order -> orders.put(order.number(), order));
                read.put(slug, new DemoShop(pack.apiKey(), Map.copyOf(orders)));
            }
        }
        this.shops = Map.copyOf(read);
    }

    public Map<String, DemoShop> shops() {
        return shops;
    }

    public Optional<DemoShop> shop(String slug) {
        return Optional.ofNullable(shops.get(slug));
    }
}
