-- Knowledge console: answers as sanitized HTML with per-channel variants, per-entry usage statistics reported by
-- conversations, knowledge articles split into passages, and indexes so a grid over 50,000 entries of one tenant
-- pages, sorts and filters in the database. Runs unchanged on MySQL 8 and MariaDB 10.11+.

-- Answers are HTML now (links, images); Chinese text takes 3 bytes a character, more than TEXT holds at 20,000.
ALTER TABLE faq_entry MODIFY answer MEDIUMTEXT NOT NULL;

-- The grid's default order (newest change first) and its filters, each within one tenant.
CREATE INDEX ix_faq_entry_updated ON faq_entry (tenant_id, updated_at, id);
CREATE INDEX ix_faq_entry_status_updated ON faq_entry (tenant_id, status, updated_at, id);
CREATE INDEX ix_faq_entry_category_updated ON faq_entry (tenant_id, category_id, updated_at, id);
CREATE INDEX ix_faq_entry_validity ON faq_entry (tenant_id, valid_from, valid_until);

-- An answer for one channel type (WEB, API, WECHAT, TELEGRAM, WEBHOOK, ...) that replaces the default answer there.
CREATE TABLE faq_answer_variant (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    faq_entry_id BIGINT      NOT NULL,
    channel_type VARCHAR(32) NOT NULL COLLATE utf8mb4_bin,
    answer       MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_faq_answer_variant UNIQUE (faq_entry_id, channel_type),
    CONSTRAINT fk_faq_variant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_faq_variant_entry FOREIGN KEY (faq_entry_id) REFERENCES faq_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How an entry fares with customers, as conversations report it (FaqEntryOutcome events).
CREATE TABLE faq_entry_stats (
    faq_entry_id    BIGINT      NOT NULL,
    tenant_id       VARCHAR(40) NOT NULL COLLATE utf8mb4_bin,
    hits            BIGINT      NOT NULL DEFAULT 0,
    helpful         BIGINT      NOT NULL DEFAULT 0,
    not_helpful     BIGINT      NOT NULL DEFAULT 0,
    last_matched_at DATETIME(6) NULL,
    PRIMARY KEY (faq_entry_id),
    INDEX ix_faq_entry_stats_tenant (tenant_id, hits),
    CONSTRAINT fk_faq_stats_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_faq_stats_entry FOREIGN KEY (faq_entry_id) REFERENCES faq_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Long documents (pasted or uploaded) the bot quotes from when no FAQ entry matches.
CREATE TABLE knowledge_article (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    title       VARCHAR(200) NOT NULL,
    source_name VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    char_count  INT          NOT NULL,
    published   BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_knowledge_article_tenant (tenant_id, updated_at),
    CONSTRAINT fk_knowledge_article_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A passage of an article: a few hundred characters under one heading, in document order.
CREATE TABLE knowledge_passage (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    article_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    heading    VARCHAR(500) NOT NULL,
    text       TEXT         NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_knowledge_passage_article (article_id, position),
    INDEX ix_knowledge_passage_tenant (tenant_id),
    CONSTRAINT fk_knowledge_passage_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_knowledge_passage_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
