-- Training jobs of tenants whose customers are waiting (no live model yet, questions arriving) go first.
ALTER TABLE engine_training_job ADD COLUMN priority INT NOT NULL DEFAULT 0;
CREATE INDEX ix_engine_training_job_queue ON engine_training_job (status, priority, requested_at);
