-- Data protection per tenant (operations module): whether personal data in customers' messages is masked before
-- transcripts store it, whether exports mask it, and after how many days conversations are deleted (NULL: kept).
-- A tenant without a row masks nothing and keeps everything.

CREATE TABLE data_protection_settings (
    tenant_id        VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    mask_transcripts BOOLEAN     NOT NULL,
    mask_exports     BOOLEAN     NOT NULL,
    retention_days   INT         NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_data_protection_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
