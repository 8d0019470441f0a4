-- Conversations of customers with a tenant's bot: the tenant's dialogue settings (a tenant without a row uses the
-- standard texts and thresholds), conversations, and their
-- messages. A bot reply stores its turn (question, outcome, answered entry, best confidence, top three candidates,
-- model version) in the same row. Messages are numbered per conversation (seq); a customer message's client id is
-- unique per conversation, so a replayed send is recognised and never answered twice.

CREATE TABLE dialogue_settings (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    answer_threshold  DOUBLE        NULL,
    suggest_threshold DOUBLE        NULL,
    greeting          VARCHAR(1000) NULL,
    fallback          VARCHAR(1000) NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dialogue_settings_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_dialogue_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conversation (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id            VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    public_id            VARCHAR(32) NOT NULL COLLATE utf8mb4_bin,
    channel_id           BIGINT      NOT NULL,
    channel_type         VARCHAR(20) NOT NULL,
    locale               VARCHAR(10) NOT NULL,
    state                VARCHAR(24) NOT NULL,
    started_at           DATETIME(6) NOT NULL,
    last_message_at      DATETIME(6) NOT NULL,
    handoff_requested_at DATETIME(6) NULL,
    last_seq             INT         NOT NULL,
    version              BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_conversation_public_id UNIQUE (public_id),
    INDEX ix_conversation_tenant_started (tenant_id, started_at),
    INDEX ix_conversation_channel (channel_id),
    CONSTRAINT fk_conversation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE chat_message (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id             VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    conversation_id       BIGINT      NOT NULL,
    seq                   INT         NOT NULL,
    author                VARCHAR(12) NOT NULL,
    kind                  VARCHAR(16) NOT NULL,
    text                  MEDIUMTEXT  NOT NULL,
    html                  MEDIUMTEXT  NULL,
    suggestions           TEXT        NULL,
    client_message_id     VARCHAR(64) NULL COLLATE utf8mb4_bin,
    reply_to_seq          INT         NULL,
    created_at            DATETIME(6) NOT NULL,
    question              TEXT        NULL,
    outcome               VARCHAR(16) NULL,
    faq_entry_id          BIGINT      NULL,
    confidence            DOUBLE      NULL,
    candidate1_id         BIGINT      NULL,
    candidate1_confidence DOUBLE      NULL,
    candidate2_id         BIGINT      NULL,
    candidate2_confidence DOUBLE      NULL,
    candidate3_id         BIGINT      NULL,
    candidate3_confidence DOUBLE      NULL,
    model_version         BIGINT      NULL,
    vote                  VARCHAR(12) NULL,
    voted_at              DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_chat_message_seq UNIQUE (conversation_id, seq),
    CONSTRAINT uk_chat_message_client_id UNIQUE (conversation_id, client_message_id),
    INDEX ix_chat_message_tenant_created (tenant_id, created_at),
    CONSTRAINT fk_chat_message_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_chat_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Conversation events carry the customer's question (up to 2,000 characters, more once JSON-escaped), which does
-- not fit the registry's VARCHAR(4000) column in the worst case.
ALTER TABLE EVENT_PUBLICATION MODIFY SERIALIZED_EVENT MEDIUMTEXT NOT NULL;
