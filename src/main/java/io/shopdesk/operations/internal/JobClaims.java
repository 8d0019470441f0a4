package io.shopdesk.operations.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets exactly one replica run a daily job: the first whose conditional update moves the job's {@code run_day}
 * forward wins the day; every other replica (and a second run on the same one) gets {@code false}.
 */
@Component
class JobClaims {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String replica = ManagementFactory.getRuntimeMXBean().getName();

    JobClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        jdbc.sql("INSERT IGNORE INTO job_claim (job) VALUES (?)").param(job).update();
        return jdbc.sql("UPDATE job_claim SET run_day = ?, claimed_by = ?, claimed_at = ?"
                                + " WHERE job = ? AND (run_day IS NULL OR run_day < ?)")
                        .params(day, replica, Timestamp.from(clock.instant()), job, day)
                        .update()
                == 1;
    }
}
