/**
 * The shared chat runtime: conversations of customers with a tenant's bot over its channels, the dialogue policy
 * (greeting; answer at or above the answer threshold; "did you mean" between the suggest and answer thresholds;
 * below, a fallback that offers a person), every turn stored with the question, answer, confidence, candidates and
 * model version, per-tenant rate limits and the monthly conversation quota, and the live stream of a conversation's
 * messages. Publishes {@link io.shopdesk.conversation.ConversationStarted}, {@link
 * io.shopdesk.conversation.BotAnswered}, {@link io.shopdesk.conversation.AnswerNeedsReview}, {@link
 * io.shopdesk.conversation.AnswerVoted} and {@link io.shopdesk.conversation.HandoffRequested} for the review queue,
 * handoff and reporting, {@link io.shopdesk.conversation.AnswerOutcome} for the knowledge module's entry
 * statistics, and {@link io.shopdesk.conversation.AgentMessageStored} for the connectors' outbound delivery. Asks the engine only through {@link io.shopdesk.engine.BotEngine}; reads FAQ answers only through the
 * knowledge module's {@link io.shopdesk.knowledge.FaqAnswers}; never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package io.shopdesk.conversation;
