-- Bot engine: each tenant's test-question set for the regression check before publishing a candidate model.
-- faq_entry_id is the entry that should answer (NULL: no entry should, an out-of-scope question). source says where
-- a question came from: REVIEW (a resolved review item, added automatically), HELD_OUT (a similar question kept out
-- of training), MANUAL. A question the trainer removed stays as REMOVED so it is not added back automatically.

CREATE TABLE engine_test_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)  NOT NULL COLLATE utf8mb4_bin,
    question     VARCHAR(500) NOT NULL,
    faq_entry_id BIGINT       NULL,
    source       VARCHAR(16)  NOT NULL,
    removed      BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_engine_test_question UNIQUE (tenant_id, question),
    CONSTRAINT fk_engine_test_question_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
