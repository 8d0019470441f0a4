/**
 * Messenger connectors: the inbound endpoints through which a generic webhook, a WeChat Official Account and a
 * Telegram bot bring customers' messages to the chat runtime, and the way replies go back. Each adapter checks its
 * platform's proof first (HMAC-SHA256 over timestamp and body; WeChat's SHA-1 signature, and in secure mode its AES
 * envelope; Telegram's secret token header), refuses stale timestamps and replayed nonces, and is idempotent on the
 * platform's message id, so a retried delivery never stores a second message. Talks to conversations only through
 * {@link io.shopdesk.conversation.ChatRuntime} and reads channels only through {@link
 * io.shopdesk.channel.ConnectorDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messenger connectors")
package io.shopdesk.connector;
