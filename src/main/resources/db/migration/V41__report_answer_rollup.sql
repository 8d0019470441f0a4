-- Answer facts are written in the answer's own transaction, and the topic and unanswered roll-ups are brought up to
-- date from them in batches (reporting module, AnswerRollup): a fact not counted yet has pending_rollup set. Rows
-- written before this change were counted already. The category of a conversation's top entry is read when the
-- conversation closes, so an answer fact no longer keeps one.
ALTER TABLE report_answer
    ADD COLUMN channel_id BIGINT NULL,
    ADD COLUMN answered_at DATETIME NULL,
    ADD COLUMN fallback BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN pending_rollup BOOLEAN NOT NULL DEFAULT FALSE,
    DROP COLUMN category,
    ADD INDEX report_answer_pending (pending_rollup);
