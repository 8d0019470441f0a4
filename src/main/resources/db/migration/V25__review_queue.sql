-- The review queue: bot turns a trainer should look at, one row per conversation turn (the same turn reported again,
-- e.g. low confidence and then "not helpful", updates its reason). question_key is the normalised question used to
-- cluster items by meaning; resolution stays NULL while the item is open. resolved_faq_entry_id is the entry the
-- trainer confirmed, picked or created (a labelled training example); OUT_OF_SCOPE items are negative examples.

CREATE TABLE review_item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id             VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    conversation_id       VARCHAR(40)   NOT NULL COLLATE utf8mb4_bin,
    turn                  INT           NOT NULL,
    reason                VARCHAR(32)   NOT NULL,
    question              VARCHAR(2000) NOT NULL,
    question_key          VARCHAR(500)  NOT NULL,
    answered_faq_entry_id BIGINT        NULL,
    confidence            DOUBLE        NOT NULL,
    candidates            VARCHAR(500)  NOT NULL,
    model_version         BIGINT        NOT NULL,
    locale                VARCHAR(10)   NULL,
    occurred_at           DATETIME(6)   NOT NULL,
    resolution            VARCHAR(20)   NULL,
    resolved_faq_entry_id BIGINT        NULL,
    resolved_by           VARCHAR(200)  NULL,
    resolved_at           DATETIME(6)   NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_item_turn UNIQUE (tenant_id, conversation_id, turn),
    INDEX ix_review_item_open (tenant_id, resolution, occurred_at),
    CONSTRAINT fk_review_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
