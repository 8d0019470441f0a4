/**
 * The channels through which customers reach a tenant's bot (the web widget, the chat API; messengers later) and
 * their keys. A key is shown once when it is issued and stored only as a SHA-256 hash; {@link
 * io.shopdesk.channel.ChannelDirectory} turns a presented key into the channel and tenant it belongs to, fast
 * enough for every request. Webhook, WeChat and Telegram channels have no key but an endpoint id and secrets,
 * AES-GCM encrypted at rest ({@code shopdesk.secrets.encryption-key}), shown in full only when generated and masked
 * after; {@link io.shopdesk.channel.ConnectorDirectory} gives them, decrypted, to the adapters only. Every channel
 * type counts towards the plan's channel quota. Never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package io.shopdesk.channel;
