-- FAQ knowledge: a category tree and entries with their similar questions, all owned by a tenant.

CREATE TABLE faq_category (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    parent_id BIGINT       NULL,
    name      VARCHAR(120) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    version   BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_faq_category_name UNIQUE (tenant_id, parent_id, name),
    CONSTRAINT fk_faq_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_faq_category_parent FOREIGN KEY (parent_id) REFERENCES faq_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE faq_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    category_id BIGINT       NULL,
    entry_key   VARCHAR(80)  NULL COLLATE utf8mb4_bin,
    question    VARCHAR(500) NOT NULL,
    answer      TEXT         NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    tags        VARCHAR(500) NOT NULL DEFAULT '',
    valid_from  DATE         NULL,
    valid_until DATE         NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_faq_entry_question UNIQUE (tenant_id, question),
    CONSTRAINT uk_faq_entry_key UNIQUE (tenant_id, entry_key),
    INDEX ix_faq_entry_tenant_status (tenant_id, status),
    CONSTRAINT fk_faq_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_faq_entry_category FOREIGN KEY (category_id) REFERENCES faq_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE faq_similar_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    faq_entry_id BIGINT       NOT NULL,
    text         VARCHAR(500) NOT NULL,
    position     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_faq_similar_entry (faq_entry_id),
    CONSTRAINT fk_faq_similar_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_faq_similar_entry FOREIGN KEY (faq_entry_id) REFERENCES faq_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
