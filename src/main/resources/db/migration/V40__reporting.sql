-- Reporting (issue 6): one fact row per conversation, built from the conversation module's events, and roll-ups
-- per tenant, UTC day (of the conversation's start), channel and category that reports read. Roll-ups are kept
-- incrementally: a close adds the conversation's contribution, a later close of a reopened conversation or a
-- changed rating replaces it. Tenant ids are named in every statement (JDBC, no Hibernate filter).

CREATE TABLE report_conversation (
    tenant_id          VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    conversation_id    VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    channel_id         BIGINT       NOT NULL,
    channel_type       VARCHAR(20)  NOT NULL,
    started_at         DATETIME(6)  NOT NULL,
    closed_at          DATETIME(6)  NULL,
    outcome            VARCHAR(20)  NULL,
    handoff_reason     VARCHAR(100) NULL,
    first_response_ms  BIGINT       NULL,
    duration_ms        BIGINT       NULL,
    turns              INT          NOT NULL DEFAULT 0,
    helpful_votes      INT          NOT NULL DEFAULT 0,
    not_helpful_votes  INT          NOT NULL DEFAULT 0,
    agent_handling_ms  BIGINT       NULL,
    reopened           BOOLEAN      NOT NULL DEFAULT FALSE,
    csat               TINYINT      NULL,
    csat_agent         BOOLEAN      NULL,
    top_faq_entry_id   BIGINT       NULL,
    category           VARCHAR(190) NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, conversation_id),
    INDEX ix_report_conversation_started (tenant_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every bot turn once (the key makes a replayed BotAnswered a no-op); feeds the top FAQ entry of a conversation.
CREATE TABLE report_answer (
    tenant_id       VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    conversation_id VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    turn            INT          NOT NULL,
    faq_entry_id    BIGINT       NULL,
    category        VARCHAR(190) NOT NULL DEFAULT '',
    question        VARCHAR(500) NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id, turn)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_daily (
    tenant_id          VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    day                DATE         NOT NULL,
    channel_id         BIGINT       NOT NULL,
    category           VARCHAR(190) NOT NULL,
    conversations      BIGINT       NOT NULL DEFAULT 0,
    resolved_by_bot    BIGINT       NOT NULL DEFAULT 0,
    resolved_by_agent  BIGINT       NOT NULL DEFAULT 0,
    handed_off         BIGINT       NOT NULL DEFAULT 0,
    abandoned          BIGINT       NOT NULL DEFAULT 0,
    reopened           BIGINT       NOT NULL DEFAULT 0,
    with_handoff       BIGINT       NOT NULL DEFAULT 0,
    agent_handled      BIGINT       NOT NULL DEFAULT 0,
    first_response_n   BIGINT       NOT NULL DEFAULT 0,
    first_response_ms  BIGINT       NOT NULL DEFAULT 0,
    duration_ms        BIGINT       NOT NULL DEFAULT 0,
    turns              BIGINT       NOT NULL DEFAULT 0,
    helpful_votes      BIGINT       NOT NULL DEFAULT 0,
    not_helpful_votes  BIGINT       NOT NULL DEFAULT 0,
    agent_handling_ms  BIGINT       NOT NULL DEFAULT 0,
    csat_bot_n         BIGINT       NOT NULL DEFAULT 0,
    csat_bot_sum       BIGINT       NOT NULL DEFAULT 0,
    csat_agent_n       BIGINT       NOT NULL DEFAULT 0,
    csat_agent_sum     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, channel_id, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_hourly (
    tenant_id     VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    day           DATE        NOT NULL,
    hour          TINYINT     NOT NULL,
    channel_id    BIGINT      NOT NULL,
    conversations BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, hour, channel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_handoff_daily (
    tenant_id     VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    day           DATE         NOT NULL,
    channel_id    BIGINT       NOT NULL,
    reason        VARCHAR(100) NOT NULL,
    conversations BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, channel_id, reason)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bot turns per FAQ entry (hot topics) and fallback questions (top unanswered), per day of the answer.
CREATE TABLE report_topic_daily (
    tenant_id    VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    day          DATE        NOT NULL,
    channel_id   BIGINT      NOT NULL,
    faq_entry_id BIGINT      NOT NULL,
    hits         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, channel_id, faq_entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_unanswered_daily (
    tenant_id     VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    day           DATE         NOT NULL,
    channel_id    BIGINT       NOT NULL,
    question_hash CHAR(64)     NOT NULL COLLATE utf8mb4_bin,
    question      VARCHAR(500) NOT NULL,
    hits          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, channel_id, question_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_cost_settings (
    tenant_id          VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    agent_conversation DECIMAL(12, 4) NOT NULL,
    bot_conversation   DECIMAL(12, 4) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
