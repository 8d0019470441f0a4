-- Jobs that must run once per day across all replicas (operations module): a replica runs a job for a day only
-- after its conditional UPDATE moved run_day to that day (one row changed); the others see no row changed.

CREATE TABLE job_claim (
    job        VARCHAR(60)  NOT NULL,
    run_day    DATE         NULL,
    claimed_by VARCHAR(120) NULL,
    claimed_at DATETIME(6)  NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
