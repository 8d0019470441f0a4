package io.shopdesk.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Now, and today in the zone validity dates are counted in ({@code shopdesk.knowledge.time-zone}, default UTC). */
@Component
public class KnowledgeClock {

    private final Clock clock;
    private final ZoneId zone;

    KnowledgeClock(Clock clock, @Value("${shopdesk.knowledge.time-zone:UTC}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
