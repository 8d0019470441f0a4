package io.shopdesk.testing;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * Records the events ShopDesk's modules publish (records under {@code io.shopdesk}), whatever thread publishes them,
 * so tests that act over HTTP can check which events their requests caused. Keeps the latest 20,000.
 */
@TestComponent
public class RecordedEvents {

    private static final int KEEP = 20_000;

    private final ConcurrentLinkedDeque<Object> events = new ConcurrentLinkedDeque<>();

    @EventListener
    void on(PayloadApplicationEvent<?> published) {
        Object payload = published.getPayload();
        if (payload.getClass().getName().startsWith("io.shopdesk.")) {
            events.addLast(payload);
            while (events.size() > KEEP) {
                events.pollFirst();
            }
        }
    }

    /** The recorded events of a type, oldest first. */
    public <T> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
