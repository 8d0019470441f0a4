-- Webhook, WeChat and Telegram channels (issue 5): a public endpoint id that routes the platform's calls, the
-- webhook's outbound URL, and the channel secrets, AES-GCM encrypted with shopdesk.secrets.encryption-key (the
-- hint shows at most the last four characters).

ALTER TABLE channel
    ADD COLUMN endpoint_id  VARCHAR(20)   NULL COLLATE utf8mb4_bin,
    ADD COLUMN outbound_url VARCHAR(2000) NULL,
    ADD CONSTRAINT uk_channel_endpoint UNIQUE (endpoint_id);

CREATE TABLE channel_secret (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    channel_id BIGINT        NOT NULL,
    name       VARCHAR(40)   NOT NULL,
    ciphertext VARCHAR(1000) NOT NULL COLLATE utf8mb4_bin,
    hint       VARCHAR(24)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_secret_name UNIQUE (channel_id, name),
    CONSTRAINT fk_channel_secret_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_channel_secret_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
