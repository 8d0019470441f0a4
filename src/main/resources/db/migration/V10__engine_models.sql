-- Bot engine: versioned models per tenant (the bytes in chunks, so no single packet exceeds the server's
-- max_allowed_packet), and training jobs with their progress. A model's revision counts the incremental updates
-- (FAQ edits applied without retraining) written over its bytes; replicas reload when version or revision moves. Runs unchanged on MySQL 8 and MariaDB 10.11+.

CREATE TABLE engine_model (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    model_version    INT           NOT NULL,
    revision         INT           NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    labels           INT           NOT NULL,
    examples         INT           NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    training_seconds DOUBLE        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    published_at     DATETIME(6)   NULL,
    note             VARCHAR(500)  NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_engine_model_version UNIQUE (tenant_id, model_version),
    INDEX ix_engine_model_status (tenant_id, status),
    CONSTRAINT fk_engine_model_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engine_model_chunk (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    model_id  BIGINT      NOT NULL,
    position  INT         NOT NULL,
    data      MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_engine_model_chunk UNIQUE (model_id, position),
    CONSTRAINT fk_engine_model_chunk_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_engine_model_chunk_model FOREIGN KEY (model_id) REFERENCES engine_model (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engine_training_job (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    status       VARCHAR(16)   NOT NULL,
    progress     DOUBLE        NOT NULL,
    stage        VARCHAR(40)   NULL,
    auto_publish BOOLEAN       NOT NULL,
    requested_by VARCHAR(254)  NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    started_at   DATETIME(6)   NULL,
    finished_at  DATETIME(6)   NULL,
    heartbeat_at DATETIME(6)   NULL,
    model_id     BIGINT        NULL,
    error        VARCHAR(1000) NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_engine_training_job_status (status, requested_at),
    INDEX ix_engine_training_job_tenant (tenant_id, requested_at),
    CONSTRAINT fk_engine_training_job_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_engine_training_job_model FOREIGN KEY (model_id) REFERENCES engine_model (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
