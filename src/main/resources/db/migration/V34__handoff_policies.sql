-- Handoff policies: a tenant's ordered rules (a tenant without rows uses the built-in default policy), and what a
-- conversation keeps of its handoff (the deciding rule, the skill group) and of its customer (attributes the shop
-- passed when the conversation started, one "key=value" per line).

CREATE TABLE handoff_rule (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    position    INT           NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    type        VARCHAR(32)   NOT NULL,
    parameter   VARCHAR(1000) NOT NULL DEFAULT '',
    action      VARCHAR(24)   NOT NULL,
    skill_group VARCHAR(60)   NULL,
    message     VARCHAR(1000) NULL,
    enabled     BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_handoff_rule_position UNIQUE (tenant_id, position),
    CONSTRAINT uk_handoff_rule_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_handoff_rule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE conversation
    ADD COLUMN handoff_reason VARCHAR(60)   NULL,
    ADD COLUMN skill_group    VARCHAR(60)   NULL,
    ADD COLUMN attributes     VARCHAR(2000) NULL;
