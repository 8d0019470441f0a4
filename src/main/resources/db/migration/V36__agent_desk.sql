-- The agent desk: each agent's presence (ONLINE or AWAY, and when their workspace last showed them there), skill
-- groups (empty: every group) and capacity (how many conversations they may own at once); per tenant, where a
-- closed conversation goes when its customer writes again; per conversation, whether it is a ticket (a message
-- left while nobody could answer) and how often it was reopened.

CREATE TABLE agent_profile (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    email        VARCHAR(254)  NOT NULL,
    presence     VARCHAR(16)   NOT NULL,
    skill_groups VARCHAR(1000) NOT NULL DEFAULT '',
    max_chats    INT           NOT NULL,
    seen_at      DATETIME(6)   NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agent_profile UNIQUE (tenant_id, email),
    CONSTRAINT fk_agent_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handoff_settings (
    tenant_id VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    reopen_to VARCHAR(16) NOT NULL,
    version   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_handoff_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE conversation
    ADD COLUMN ticket       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN reopen_count INT     NOT NULL DEFAULT 0;

CREATE INDEX ix_conversation_agent ON conversation (tenant_id, state, agent);
