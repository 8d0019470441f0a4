/**
 * Handoff from the bot to people: each tenant's ordered handoff rules (explicit request, consecutive low-confidence
 * turns, negative sentiment, keywords, regular expressions, customer attributes, FAQ topics; then business hours and
 * agent availability as guards) and the actions they take, the default policy for tenants without rules, and the
 * simulator that runs pasted conversations through the same engine as the runtime. Decides for the conversation
 * module through its {@link io.shopdesk.conversation.HandoffAdvisor} port; reads FAQ topics only through {@link
 * io.shopdesk.knowledge.FaqTopics} and scores sentiment with {@link io.shopdesk.engine.SentimentAnalysis} (word lists
 * while its model trains); never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Handoff")
package io.shopdesk.handoff;
