-- A live model's bytes as its training left them, kept when the first incremental update (an FAQ edit or a review
-- pick applied without retraining) writes over them: the regression check compares a candidate with the last
-- training's result, so the improvement a retrain brings stays visible although picks reach the live model at once.
-- The new unique key is added before the old one is dropped: the foreign key on model_id needs an index throughout.
-- Runs unchanged on MySQL 8 and MariaDB 10.11+.

ALTER TABLE engine_model_chunk ADD COLUMN edition VARCHAR(8) NOT NULL DEFAULT 'CURRENT';
ALTER TABLE engine_model_chunk ADD CONSTRAINT uk_engine_model_chunk_edition UNIQUE (model_id, edition, position);
ALTER TABLE engine_model_chunk DROP INDEX uk_engine_model_chunk;
