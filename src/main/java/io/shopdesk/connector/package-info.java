/**
 * Messenger connectors: the inbound endpoints through which a generic webhook, a WeChat Official Account and a
 * Telegram bot bring customers' messages to the chat runtime, and the way replies go back. Each adapter checks its
 * platform's proof first (HMAC-SHA256 over timestamp and body; WeChat's SHA-1 signature, and in secure mode its AES
 * envelope; Telegram's secret token header), refuses stale timestamps and replayed nonces, and is idempotent on the
 * platform's message id, so a retried delivery never stores a second message. Messages the agent side writes later
 * ({@link io.shopdesk.conversation.AgentMessageStored}) go to webhook, Telegram and WeChat customers through the
 * outbox ({@code connector_delivery}): signed (webhook) with a stable {@code Idempotency-Key}, WeChat's through its
 * customer-service message API with a cached access token, retried with backoff, given up (and audited) after a
 * number of attempts, deleted no later than the tenant's retention ({@link io.shopdesk.connector.MessageRetention});
 * {@link io.shopdesk.connector.OutboundDeliveries} shows a tenant where they stand and lets its admins send a failed
 * one again (the console's {@code io.shopdesk.connector.ui.FailedDeliveriesView}). Talks to conversations only through {@link io.shopdesk.conversation.ChatRuntime} and its events, and reads
 * channels only through {@link io.shopdesk.channel.ConnectorDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messenger connectors")
package io.shopdesk.connector;
