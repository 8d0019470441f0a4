/**
 * Cost and satisfaction reports: one fact row per conversation, built only from the conversation module's lifecycle
 * events ({@link io.shopdesk.conversation.ConversationStarted}, {@link io.shopdesk.conversation.BotAnswered},
 * {@link io.shopdesk.conversation.ConversationClosed}, {@link io.shopdesk.conversation.ConversationRated}), daily
 * roll-ups per tenant, channel and category kept incrementally from them, a cost model per tenant, and the figures
 * dashboards and reports show ({@link io.shopdesk.reporting.ConversationReports}).
 *
 * <p>Must not read other modules' tables or depend on the handoff module's internals; reports read roll-ups, never
 * the fact rows (those are for the per-conversation CSV export). Days are UTC days of the conversation's start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package io.shopdesk.reporting;
