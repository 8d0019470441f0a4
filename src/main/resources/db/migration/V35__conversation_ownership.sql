-- Who owns a handed-off conversation: the agent who accepted it (WITH_AGENT), when, and how it ended (the agent's
-- summary, the customer's rating). The queue is read by tenant, state and skill group in request order.

ALTER TABLE conversation
    ADD COLUMN agent       VARCHAR(254)  NULL,
    ADD COLUMN accepted_at DATETIME(6)   NULL,
    ADD COLUMN closed_at   DATETIME(6)   NULL,
    ADD COLUMN summary     VARCHAR(2000) NULL,
    ADD COLUMN rating      INT           NULL;

CREATE INDEX ix_conversation_queue ON conversation (tenant_id, state, handoff_requested_at);
