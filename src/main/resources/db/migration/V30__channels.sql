-- Channels (web widget, chat API) and their keys. A key is stored only as the SHA-256 hash of the whole key plus
-- its public lookup id; the full key is shown once when it is issued.

CREATE TABLE channel (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    type            VARCHAR(20)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    allowed_origins VARCHAR(2000) NOT NULL DEFAULT '',
    greeting        VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    revoked_at      DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_channel_tenant_status (tenant_id, status),
    CONSTRAINT fk_channel_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE channel_key (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    channel_id BIGINT      NOT NULL,
    lookup_id  CHAR(12)    NOT NULL COLLATE utf8mb4_bin,
    key_hash   CHAR(64)    NOT NULL COLLATE utf8mb4_bin,
    key_hint   VARCHAR(24) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    version    BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_key_lookup UNIQUE (lookup_id),
    INDEX ix_channel_key_channel (channel_id),
    CONSTRAINT fk_channel_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_channel_key_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
