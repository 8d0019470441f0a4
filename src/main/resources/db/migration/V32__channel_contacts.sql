-- Messenger contacts and replay protection (issue 5). channel_contact maps a platform's user (webhook user id,
-- WeChat OpenID, Telegram chat id) to the conversation they are in. channel_nonce remembers the (timestamp, nonce)
-- pairs of signed WeChat requests for longer than their 5-minute freshness window: the plain-text signature does
-- not cover the body, so a pair may carry one message only.

CREATE TABLE channel_contact (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    channel_id      BIGINT       NOT NULL,
    external_user   VARCHAR(128) NOT NULL COLLATE utf8mb4_bin,
    conversation_id VARCHAR(32)  NOT NULL COLLATE utf8mb4_bin,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_contact_user UNIQUE (channel_id, external_user),
    CONSTRAINT fk_channel_contact_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_channel_contact_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE channel_nonce (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    channel_id BIGINT       NOT NULL,
    nonce      VARCHAR(100) NOT NULL COLLATE utf8mb4_bin,
    message_id VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    seen_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_nonce UNIQUE (channel_id, nonce),
    INDEX ix_channel_nonce_seen (seen_at),
    CONSTRAINT fk_channel_nonce_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_channel_nonce_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
