-- Order and logistics lookup (issue 5): per tenant, the HTTP endpoint of its order system that the bot asks for
-- "where is my order" questions, and the order last looked up in each conversation for the agent's view.
-- auth_header_value is AES-GCM encrypted (shopdesk.secrets.encryption-key) and never shown in full again.

CREATE TABLE order_lookup_settings (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    enabled              BOOLEAN       NOT NULL,
    url_template         VARCHAR(500)  NOT NULL,
    auth_header_name     VARCHAR(100)  NULL,
    auth_header_value    VARCHAR(1000) NULL,
    auth_header_hint     VARCHAR(8)    NULL,
    order_number_pattern VARCHAR(200)  NOT NULL,
    status_path          VARCHAR(200)  NOT NULL,
    carrier_path         VARCHAR(200)  NULL,
    tracking_path        VARCHAR(200)  NULL,
    eta_path             VARCHAR(200)  NULL,
    updated_path         VARCHAR(200)  NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_lookup_settings_tenant UNIQUE (tenant_id)
);

CREATE TABLE conversation_order (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    conversation_id  VARCHAR(32)  NOT NULL COLLATE utf8mb4_bin,
    order_number     VARCHAR(64)  NOT NULL,
    outcome          VARCHAR(16)  NOT NULL,
    status           VARCHAR(200) NULL,
    carrier          VARCHAR(200) NULL,
    tracking_number  VARCHAR(200) NULL,
    estimated_delivery VARCHAR(200) NULL,
    last_update      VARCHAR(200) NULL,
    looked_up_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_conversation_order UNIQUE (tenant_id, conversation_id)
);
