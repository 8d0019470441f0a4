-- The connectors' outbox (issue 5): messages the agent side writes after the customer's request was answered
-- (an agent's live messages, ticket answers, the joined/transferred/closed notices) for customers on a webhook or
-- Telegram channel. One row per message; idempotency_key is stable over every retry and is what the merchant
-- deduplicates on. A replica claims a due row with a conditional UPDATE on claimed_until (no SKIP LOCKED needed),
-- sends it outside any transaction, then records the outcome: DELIVERED, FAILED, or PENDING with the next attempt.

CREATE TABLE connector_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    channel_id      BIGINT       NOT NULL,
    channel_type    VARCHAR(20)  NOT NULL,
    idempotency_key VARCHAR(80)  NOT NULL COLLATE utf8mb4_bin,
    conversation_id VARCHAR(32)  NOT NULL COLLATE utf8mb4_bin,
    external_user   VARCHAR(128) NOT NULL COLLATE utf8mb4_bin,
    message_seq     INT          NOT NULL,
    author          VARCHAR(16)  NOT NULL,
    text            MEDIUMTEXT   NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    claimed_by      VARCHAR(120) NULL,
    claimed_until   DATETIME(6)  NULL,
    last_status     INT          NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_connector_delivery_key UNIQUE (idempotency_key),
    INDEX ix_connector_delivery_due (status, next_attempt_at),
    INDEX ix_connector_delivery_channel (tenant_id, channel_id, status),
    INDEX ix_connector_delivery_conversation (tenant_id, conversation_id),
    CONSTRAINT fk_connector_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_connector_delivery_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
