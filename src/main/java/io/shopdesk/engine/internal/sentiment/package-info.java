/**
 * The sentiment model: per language a two-class head (negative, not negative) over the shared sentence encoder's
 * embeddings, trained with deeplearning4j from the seed messages in {@code engine/sentiment/} and answered in plain
 * Java. Scoring a text the runtime has just answered costs no second encoder pass: the encoder's cache is keyed by
 * the same normalised text.
 */
package io.shopdesk.engine.internal.sentiment;
