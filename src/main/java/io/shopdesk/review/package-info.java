/**
 * The review queue: bot turns a trainer should look at (low-confidence answers, fallbacks, "not helpful" votes and
 * agent flags, all arriving as {@link io.shopdesk.conversation.AnswerNeedsReview}), stored once per conversation
 * turn, clustered by meaning and ranked by how often they occur, and the trainer's actions on them: confirm the
 * answer, pick the right entry (added as a similar question through the knowledge API), create a new entry, mark out
 * of scope (a negative training example) or mark as a handoff topic. Every action is audited. Confirmed and
 * out-of-scope questions reach training through the engine's {@link io.shopdesk.engine.TrainingContribution}.
 * Never reads the conversation, knowledge or engine tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review queue")
package io.shopdesk.review;
