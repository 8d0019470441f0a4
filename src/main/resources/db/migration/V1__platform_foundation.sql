-- Platform foundation: plans, tenants, accounts and memberships, audit log, event publication registry.
-- Runs unchanged on MySQL 8 and MariaDB 10.11+/11.4: no expression defaults, no MySQL-8-only syntax, explicit
-- utf8mb4_unicode_ci collation (both servers have it; their defaults differ). Times are UTC DATETIME(6).

CREATE TABLE plan (
    code                      VARCHAR(32)  NOT NULL,
    max_faq_entries           INT          NOT NULL,
    max_channels              INT          NOT NULL,
    max_monthly_conversations INT          NOT NULL,
    max_seats                 INT          NOT NULL,
    position                  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO plan (code, max_faq_entries, max_channels, max_monthly_conversations, max_seats, position)
VALUES ('FREE', 100, 1, 500, 3, 1),
       ('STARTER', 1000, 3, 5000, 10, 2),
       ('BUSINESS', 20000, 10, 100000, 50, 3),
       ('ENTERPRISE', 100000, 50, 5000000, 1000, 4);

-- A tenant's id is its slug: lower-case, immutable, also the alias of its Keycloak organization.
CREATE TABLE tenant (
    id             VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    name           VARCHAR(120) NOT NULL,
    plan_code      VARCHAR(32)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    default_locale VARCHAR(10)  NOT NULL,
    system_tenant  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tenant_plan FOREIGN KEY (plan_code) REFERENCES plan (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform itself is a tenant that no merchant sees: platform staff are its members, and actions that belong
-- to no merchant are audited under it. Every row of the product therefore names a real tenant.
INSERT INTO tenant (id, name, plan_code, status, default_locale, system_tenant, created_at, version)
VALUES ('platform', 'ShopDesk Platform', 'ENTERPRISE', 'ACTIVE', 'en', TRUE, '2026-01-01 00:00:00', 0);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(100) NULL,
    locale          VARCHAR(10)  NULL,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    user_id    BIGINT       NOT NULL,
    roles      VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (tenant_id, user_id),
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Security's persistent remember-me tokens (username holds the e-mail address).
CREATE TABLE persistent_logins (
    username  VARCHAR(254) NOT NULL,
    series    VARCHAR(64)  NOT NULL,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP    NOT NULL,
    PRIMARY KEY (series)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    target         VARCHAR(200)  NULL,
    before_summary VARCHAR(2000) NULL,
    after_summary  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_tenant_time (tenant_id, occurred_at),
    INDEX ix_audit_time (occurred_at),
    CONSTRAINT fk_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's JDBC event publication registry (its v2 schema for MySQL/MariaDB).
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
