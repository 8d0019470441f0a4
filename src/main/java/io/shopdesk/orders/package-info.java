/**
 * Order and logistics lookup: each tenant may configure the HTTP endpoint of its own order system (URL template
 * with {@code {orderNumber}}, an optional auth header stored AES-GCM encrypted and shown only masked, an
 * order-number pattern and a JSON field mapping). A customer's "where is my order" question with an order number is
 * answered from that endpoint before the engine sees it (through the conversation module's {@link
 * io.shopdesk.conversation.OrderQuestionAnswerer} port), and the order looked up is remembered per conversation for
 * agents ({@link io.shopdesk.orders.OrderLookups}). Calls only http(s) endpoints on public addresses unless
 * {@code shopdesk.orders.allow-private-addresses=true}; never reads another module's tables. In the embedded default
 * it serves demo orders of the demo tenants at {@code /demo/orders/} and points those tenants at them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order lookup")
package io.shopdesk.orders;
