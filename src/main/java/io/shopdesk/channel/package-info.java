/**
 * The channels through which customers reach a tenant's bot (the web widget, the chat API; messengers later) and
 * their keys. A key is shown once when it is issued and stored only as a SHA-256 hash; {@link
 * io.shopdesk.channel.ChannelDirectory} turns a presented key into the channel and tenant it belongs to, fast
 * enough for every request. Channels count towards the plan's channel quota. Never reads another module's
 * tables; secrets of messenger channels (encrypted at rest) are a later addition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package io.shopdesk.channel;
